"""Indicator list and pages (/indicators/...)."""
urlpatterns = []
