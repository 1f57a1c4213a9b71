from django.urls import path

from . import views

app_name = "dashboard"

urlpatterns = [
    path("", views.latest, name="latest"),
    path("<str:year>/<str:quarter>/", views.quarter, name="quarter"),
    path("<str:year>/<str:quarter>/export/", views.export, name="export"),
    path("<str:year>/<str:quarter>/publish/", views.publish, name="publish"),
    path("<str:year>/<str:quarter>/republish/", views.republish, name="republish"),
    path("<str:year>/<str:quarter>/commentary/<slug:code>/", views.commentary, name="commentary"),
]
