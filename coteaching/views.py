from django.http import HttpResponse


def invitation_accept(request, token: str):
    return HttpResponse(status=501)
