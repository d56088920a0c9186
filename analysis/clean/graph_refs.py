"""A normalized GraphQL cache's references resolved: the objects they point at put in
their place.

Apollo Client (and urql's, Relay's caches written the same way) leaves a page's data as
a *normalized* cache: one flat object whose keys are ids (``"Article:70"``,
``"Author:rq"``, ``"ROOT_QUERY"``) and whose values refer to one another by
``{"__ref": "Article:70"}``. A list of stories is then a query's list of references
(``ROOT_QUERY`` -> ``articles(...)`` -> ``edges`` -> ``node`` -> ``__ref``), its stories'
fields in the objects the references name. :func:`resolve_refs` gives the same data with
every reference replaced by the object it names, so that the stories read as any other
state's (analysis.clean.app_state). Data only: values are copied, nothing is run.
"""

from __future__ import annotations

__all__ = ["resolve_refs"]

# The key of a reference, as Apollo Client 3 writes it.
_REF = "__ref"
# How deep the copy goes, and how many objects it makes at most.
_MAX_DEPTH = 12
_MAX_NODES = 20000


def resolve_refs(data: object) -> object:
    """The state with each ``{"__ref": KEY}`` replaced by the state's object ``KEY``.

    Parameters
    ----------
    data : object
        A parsed application state.

    Returns
    -------
    object
        ``data`` itself when it is no normalized cache (not an object, or no value of
        it holds a reference to one of its keys); else a copy whose references to the
        cache's own keys are replaced by the objects they name (a reference met again
        inside the object it names is left as it is: no cycle; past the depth bound a
        reference is left too).
    """
    if not isinstance(data, dict) or not _holds_ref(data):
        return data
    budget = [_MAX_NODES]
    return _copy(data, data, 0, frozenset(), budget)


def _holds_ref(cache: dict) -> bool:
    """Whether some value inside the cache (within the depth bound) refers to one of its
    own keys."""
    stack: list[tuple[object, int]] = [(value, 1) for value in cache.values()]
    looked = 0
    while stack and looked < _MAX_NODES:
        value, depth = stack.pop()
        looked += 1
        if _ref_key(value, cache) is not None:
            return True
        if depth >= _MAX_DEPTH or not isinstance(value, (dict, list)):
            continue
        children = value.values() if isinstance(value, dict) else value
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def _ref_key(value: object, cache: dict) -> str | None:
    """The key a reference names, when ``value`` is one to an object of the cache."""
    if isinstance(value, dict) and len(value) == 1 and isinstance(key := value.get(_REF), str):
        return key if isinstance(cache.get(key), dict) else None
    return None


def _copy(value: object, cache: dict, depth: int, seen: frozenset, budget: list[int]) -> object:
    """``value`` copied with its references resolved (see :func:`resolve_refs`)."""
    if depth > _MAX_DEPTH or budget[0] <= 0:
        return value
    if (key := _ref_key(value, cache)) is not None:
        if key in seen:
            return value
        return _copy(cache[key], cache, depth + 1, seen | {key}, budget)
    if isinstance(value, dict):
        budget[0] -= 1
        return {k: _copy(v, cache, depth + 1, seen, budget) for k, v in value.items()}
    if isinstance(value, list):
        budget[0] -= 1
        return [_copy(v, cache, depth + 1, seen, budget) for v in value]
    return value
