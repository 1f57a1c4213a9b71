from django.dispatch import Signal

# Sent (after the transaction commits) when an upload becomes the current data for its
# return and period: on confirm and on restore. Arguments: upload.
upload_became_current = Signal()

# Sent after indicator values are written or deleted in bulk (recalculation, benchmark imports), which send no
# post_save or post_delete. Pages that cache figures listen to it. Arguments: none.
figures_changed = Signal()
