app_name = "cqc"

urlpatterns = []
