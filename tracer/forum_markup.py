"""A forum thread's page: its posts, the member who started it and the members who replied.

Forum software (phpBB, vBulletin, XenForo, Discourse and their kin) prints every post of a
thread in one repeated container, each with its member's account name in the same markup
('<a class="username">', '<p class="author">by jroe »', '<section itemprop="author">'). The
thread's author is the member of the first post; the others replied, and are no authors. A
list of other stories repeats its items too, but each item there is a teaser with a headline
link; a post holds the post's text. Measured on invented thread pages of the common forum
templates (tests/blogcms_pages.py).
"""

from __future__ import annotations

import re
from typing import Any

# a post's container: 'post', 'postcontainer', 'message--post', 'crawler-post', 'postbit…', or an id 'p123', 'post_123'
_POST_CLASS = re.compile(r"^(?:post|posts?-?(?:container|wrap|body)|postcontainer|postbit\w*|message(?:--post)?|"
                         r"crawler-post|forum-?post|topic-?post|b-post)$", re.I)
_POST_ID = re.compile(r"^(?:p|post|post_|post-|js-post-|msg|elComment_)\d+$", re.I)
# a member's profile page: '?action=profile;u=5', 'memberlist.php?mode=viewprofile', 'member.php?u=5', '/members/jroe.5/',
# '/profile/5-jroe/', '/u/jroe', '/user/5'
_PROFILE_HREF = re.compile(r"action=profile|viewprofile|member\.php\?u=|/members?/|/profile/|/u/|/users?/", re.I)
# the member's name inside a post
_MEMBER_CLASS = re.compile(r"(?:^|\s)(?:username|user-?name|creator|message-name|postauthor)(?:$|\s)", re.I)
_MIN_POSTS = 2
_MIN_TEXT = 200


def _is_post(el: Any) -> bool:
    tokens = (el.get("class") or "").split()
    return any(_POST_CLASS.match(t) for t in tokens) or bool(_POST_ID.match(el.get("id") or ""))


def thread_posts(tree: Any, limit: int = 400) -> list[Any]:
    """The posts of a thread, in page order: the first run of two or more sibling elements of
    one tag that are posts by class or id (nested post boxes: the outermost), else []."""
    seen = 0
    for el in tree.iter():
        seen += 1
        if seen > limit * 20:
            break
        if not isinstance(el.tag, str) or not _is_post(el) or any(_is_post(a) for a in el.iterancestors()
                                                                   if isinstance(a.tag, str)):
            continue
        parent = el.getparent()
        if parent is None:
            continue
        # siblings may stand between dividers ('<hr class="divider">'): posts of one tag under one parent
        posts = [s for s in parent if isinstance(s.tag, str) and s.tag == el.tag and _is_post(s)]
        if len(posts) >= _MIN_POSTS:
            # a thread's first post holds its text; a list of other stories' items are teasers
            return posts[:limit] if len(" ".join(posts[0].text_content().split())) >= _MIN_TEXT else []
    return []


def member(post: Any) -> str:
    """The account name a post prints for its member: its 'data-author', else the text of its first
    member-name element (one short token run), else of its first link to a member's profile, else ''."""
    name = post.get("data-author")
    if name:
        return " ".join(name.split())
    for el in post.iter():
        if not isinstance(el.tag, str):
            continue
        cls = el.get("class") or ""
        if _MEMBER_CLASS.search(cls) or ((el.get("itemprop") or "").lower() == "name"
                                         and any((a.get("itemprop") or "").lower() == "author" for a in el.iterancestors()
                                                 if isinstance(a.tag, str))):
            text = " ".join(el.text_content().split())
            if 0 < len(text) <= 40:
                return text
    for a in post.iter("a"):  # else the first link to a member's profile that shows a name
        text = " ".join(a.text_content().split())
        if _PROFILE_HREF.search(a.get("href") or "") and 0 < len(text) <= 40:
            return text
    return ""


def starter(posts: list[Any]) -> str:
    """The thread starter's account name, when the posts name their members (the first post's,
    and at least one other post names one too: the markup is the thread's, not one box's)."""
    if len(posts) < _MIN_POSTS:
        return ""
    first = member(posts[0])
    return first if first and any(member(p) for p in posts[1:4]) else ""


def in_reply(el: Any, posts: list[Any]) -> bool:
    """Does `el` stand in a reply (a post after the first)?"""
    replies = {id(p) for p in posts[1:]}
    return any(id(a) in replies for a in el.iterancestors())
