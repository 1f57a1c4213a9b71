from django.urls import path

from . import views, views_drafting, views_registers

app_name = "selfassessment"

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views_drafting.new_version, name="new"),
    path("import/", views_drafting.import_word, name="import"),
    path("compare/", views.compare, name="compare"),
    path("readiness/", views.latest_readiness, name="latest_readiness"),
    path("<int:pk>/", views.version_page, name="version"),
    path("<int:pk>/word/", views.word_export, name="word"),
    path("<int:pk>/validation/", views.validation, name="validation"),
    path("<int:pk>/readiness/", views.readiness, name="readiness"),
    path("<int:pk>/history/", views.history, name="history"),
    path("<int:pk>/comments/", views_drafting.comments, name="comments"),
    path("<int:pk>/leads/", views_drafting.leads, name="leads"),
    path("<int:pk>/leads/<int:lead_pk>/remove/", views_drafting.lead_remove, name="lead_remove"),
    path("<int:pk>/revise/", views_drafting.new_version, name="revise"),
    path("<int:pk>/endorse/", views_drafting.endorse, name="endorse"),
    path("<int:pk>/statements/<slug:slug>/edit/", views_drafting.section_edit, name="section_edit"),
    path("<int:pk>/evidence/<int:item_pk>/file/", views_registers.evidence_file, name="evidence_file"),
]
for register in views_registers.REGISTERS:
    urlpatterns += [
        path(f"<int:pk>/{register}/", views_registers.register, {"register": register}, name=f"{register}"),
        path(f"<int:pk>/{register}/new/", views_registers.item_form, {"register": register}, name=f"{register}_new"),
        path(f"<int:pk>/{register}/<int:item_pk>/", views_registers.item_form, {"register": register},
             name=f"{register}_edit"),
        path(f"<int:pk>/{register}/<int:item_pk>/remove/", views_registers.item_remove, {"register": register},
             name=f"{register}_remove"),
    ]
