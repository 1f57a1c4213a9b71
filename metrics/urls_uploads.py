"""Templates, uploads, history and data quality (/uploads/...)."""
urlpatterns = []
