from django.urls import path

from cohorts import views

app_name = "cohorts"

urlpatterns = [
    path("<int:cohort_id>/", views.cohort, name="cohort"),
    path("<int:cohort_id>/grupper/<int:group_id>/", views.group, name="group"),
]
