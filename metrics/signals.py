from django.dispatch import Signal

# Sent after indicator values are written or deleted in bulk (recalculation, benchmark imports), which send no
# post_save or post_delete. Pages that cache figures listen to it. Arguments: none.
figures_changed = Signal()
