from wagtail import hooks

from exports import admin_views, privacy


@hooks.register("user_data_export")
def export_exports_data(user):
    return privacy.export_user_data(user)


@hooks.register("user_data_erase")
def erase_exports_data(user):
    privacy.erase_user_data(user)


hooks.register("register_admin_urls", admin_views.admin_urls)
hooks.register("register_admin_menu_item", admin_views.menu_item)
hooks.register("register_permissions", admin_views.permissions)
