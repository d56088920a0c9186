"""The one article a content API's response carries inside its envelope.

A headless CMS answers a request for one article with the article inside an envelope
of the API's own: a JSON:API server (Drupal's ``/jsonapi/node/article/ID``) gives it as
a resource
(``{"jsonapi": ..., "data": {"type", "id", "attributes": {...}, "relationships"},
"included": [...], "links": ...}``), its fields under ``attributes`` and its text field
as an object (``"body": {"value", "format", "processed", "summary"}``). Saved as a file,
such a response is one article's record once the envelope is opened
(:func:`analysis.clean.page_table.record_row`). An envelope listing the article alone
(Ghost's Content API: ``{"posts": [{...}], "meta": {"pagination": ...}}``) is opened
where every record's wrappers are, by the list of one object holding an article
(``page_table._unwrapped``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["enveloped_record", "field_markup", "resolved_resources"]

# The keys of a JSON:API resource: its fields sit under "attributes".
_RESOURCE_KEYS = ("type", "id", "attributes")
# The relationships of a JSON:API resource naming its author (Drupal's node "uid"), and
# the keys of the name an included user resource's attributes give.
_AUTHOR_RELATIONSHIPS = ("uid", "author", "authors", "field_author")
_USER_NAME_KEYS = ("display_name", "name", "title")
# A text field given as an object (Drupal's formatted text: the markup as entered in
# "value", as the site renders it in "processed"), read in this order.
_FORMATTED_KEYS = ("processed", "value")


def enveloped_record(record: dict) -> dict | None:
    """The one article a response's envelope holds, or None when ``record`` is no such
    envelope.

    Parameters
    ----------
    record : dict
        A JSON file's object that holds no article's text of its own.

    Returns
    -------
    dict or None
        A JSON:API resource's attributes (with the page's address, when the resource
        names its path alias and its own API address gives the host, and the author
        its ``included`` user names); None when ``record`` is no JSON:API resource.

    Examples
    --------
    >>> enveloped_record({"data": {"type": "node", "id": "1", "attributes": {"title": "A"}}})
    {'title': 'A'}
    >>> enveloped_record({"posts": [{"title": "A"}], "meta": {"pagination": {}}}) is None
    True
    """
    data = record.get("data")
    if isinstance(data, dict) and all(key in data for key in _RESOURCE_KEYS):
        return _resource_record(data, record.get("included"))
    return None


def resolved_resources(record: object) -> object:
    """A JSON:API response listing resources (a collection, ``/jsonapi/node/article``)
    with each resource read as :func:`enveloped_record` reads one: its attributes, its
    page's address and its author from the response's ``included`` users; any other
    value as it is.

    Parameters
    ----------
    record : object
        A parsed JSON file or application state.

    Returns
    -------
    object
        ``record`` with its ``data`` list's resources replaced by their records, when it
        is a JSON:API response whose ``data`` is a list of two resources or more; else
        ``record`` itself.

    Examples
    --------
    >>> response = {"data": [{"type": "node", "id": str(k), "attributes": {"title": "A"},
    ...   "relationships": {"uid": {"data": {"type": "user", "id": "u"}}}} for k in (1, 2)],
    ...   "included": [{"type": "user", "id": "u", "attributes": {"display_name": "Jo Roe"}}]}
    >>> resolved_resources(response)["data"]
    [{'title': 'A', 'author': 'Jo Roe'}, {'title': 'A', 'author': 'Jo Roe'}]
    """
    if not isinstance(record, dict) or not isinstance(data := record.get("data"), list):
        return record
    resources = [
        resource
        for resource in data
        if isinstance(resource, dict)
        and all(key in resource for key in _RESOURCE_KEYS)
        and isinstance(resource["attributes"], dict)
    ]
    if len(resources) < 2 or len(resources) != len(data):
        return record
    included = record.get("included")
    return {**record, "data": [_resource_record(resource, included) for resource in resources]}


def _resource_record(resource: dict, included: object) -> dict | None:
    """A JSON:API resource's attributes, with its page's address and its included
    author when the attributes give none; None when its attributes are no object."""
    attributes = resource["attributes"]
    if not isinstance(attributes, dict):
        return None
    found = dict(attributes)
    if (url := _resource_page(resource, attributes)) is not None and "url" not in found:
        found["url"] = url
    if (author := _included_author(resource, included)) and "author" not in found:
        found["author"] = author
    return found


def _resource_page(resource: dict, attributes: dict) -> str | None:
    """The page a JSON:API resource is published at: its API address's scheme and host
    and its ``path.alias`` ("/news/409"); None when either is missing."""
    links = resource.get("links")
    own = links.get("self") if isinstance(links, dict) else None
    href = own.get("href") if isinstance(own, dict) else own
    path = attributes.get("path")
    alias = path.get("alias") if isinstance(path, dict) else None
    if not isinstance(href, str) or not isinstance(alias, str) or not alias.startswith("/"):
        return None
    parts = urlsplit(href.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}{alias}"


def _included_author(resource: dict, included: object) -> str | None:
    """The name of the user resource a JSON:API resource's author relationship points
    to, as the response's ``included`` list gives it (``?include=uid``); None when the
    response includes none."""
    relationships = resource.get("relationships")
    if not isinstance(relationships, dict) or not isinstance(included, list):
        return None
    for key in _AUTHOR_RELATIONSHIPS:
        link = relationships.get(key)
        target = link.get("data") if isinstance(link, dict) else None
        if not isinstance(target, dict):
            continue
        for other in included:
            if (
                isinstance(other, dict)
                and (other.get("type"), other.get("id")) == (target.get("type"), target.get("id"))
                and isinstance(attributes := other.get("attributes"), dict)
            ):
                names = (attributes.get(name) for name in _USER_NAME_KEYS)
                return next((n.strip() for n in names if isinstance(n, str) and n.strip()), None)
    return None


def field_markup(value: object) -> object:
    """A text field's text when the field is an object holding it (Drupal's formatted
    text ``{"value", "format", "processed"}``: its rendered markup, else the markup as
    entered); the value unchanged otherwise.

    Parameters
    ----------
    value : object
        A record field's value.

    Returns
    -------
    object
        The text, or ``value``.

    Examples
    --------
    >>> field_markup({"value": "<p>a</p>", "format": "basic_html", "processed": "<p>a</p>"})
    '<p>a</p>'
    >>> field_markup("text")
    'text'
    """
    if isinstance(value, dict):
        for key in _FORMATTED_KEYS:
            if isinstance(text := value.get(key), str) and text.strip():
                return text
    return value
