"""This app's part of "Mine data": export and erase (see accounts.privacy).

Erasing deletes the person's stories with everything on them, the shares
others gave them, and the comments they wrote on others' stories (free text
that can identify them; see services.stories_erase_for_user)."""

from stories import services
from stories.models import Story, StoryComment, StoryShare


def export_user_data(user) -> tuple[str, dict]:
    stories = Story.objects.filter(owner=user).prefetch_related("shares", "comments__author").order_by("pk")
    return (
        "story_talks",
        {
            "stories": [
                {
                    "title": s.title,
                    "purpose": s.purpose,
                    "audience": s.audience,
                    "key_experiences": s.key_experiences,
                    "what_helped": s.what_helped,
                    "message": s.message,
                    "kept_private": s.kept_private,
                    "created_at": s.created_at.isoformat(),
                    "updated_at": s.updated_at.isoformat(),
                    "shared_with": [share.email for share in s.shares.all()],
                    "comments": [
                        {
                            "author": c.author.get_full_name() or c.author.email,
                            "step": c.step,
                            "text": c.text,
                            "created_at": c.created_at.isoformat(),
                        }
                        for c in s.comments.all()
                    ],
                }
                for s in stories
            ],
            "shared_with_me": [
                {"title": share.story.title, "owner": share.story.owner.get_full_name() or share.story.owner.email}
                for share in StoryShare.objects.filter(user=user).select_related("story__owner").order_by("pk")
            ],
            "comments_on_others_stories": [
                {"story": c.story.title, "step": c.step, "text": c.text, "created_at": c.created_at.isoformat()}
                for c in StoryComment.objects.filter(author=user)
                .exclude(story__owner=user)
                .select_related("story")
                .order_by("pk")
            ],
        },
    )


def erase_user_data(user) -> None:
    services.stories_erase_for_user(user=user)
