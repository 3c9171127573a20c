from wagtail.permissions import page_permission_policy


def user_can_see_report(user):
    """Editors: anyone who may add or change pages (moderators and admins included)."""
    return user.is_active and (
        user.is_superuser
        or (
            user.has_perm("wagtailadmin.access_admin")
            and page_permission_policy.user_has_any_permission(user, ["add", "change"])
        )
    )
