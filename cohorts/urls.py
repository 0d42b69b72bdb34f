from django.urls import path

import elearning.converters  # noqa: F401  registers <id:...>, <token:...>
from cohorts import views

app_name = "cohorts"

urlpatterns = [
    path("<id:cohort_id>/", views.cohort, name="cohort"),
    path("<id:cohort_id>/grupper/<id:group_id>/", views.group, name="group"),
]
