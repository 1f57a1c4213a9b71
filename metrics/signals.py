from django.dispatch import Signal

# Sent (after the transaction commits) when an upload becomes the current data for its
# return and period: on confirm and on restore. Arguments: upload.
upload_became_current = Signal()
