from .navigation import items_for
from .roles import role_of


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"primary_navigation": [], "user_role": None}
    return {"primary_navigation": items_for(user, request.path), "user_role": role_of(user)}
