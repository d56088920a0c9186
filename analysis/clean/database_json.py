"""A database's JSON as the plain records the readers of stories take.

Two databases write a story's fields in their own JSON dialects when a researcher saves
what they hold (an archive's collection, a newsroom's search index):

- MongoDB's Extended JSON (``mongoexport``, ``mongosh``'s ``EJSON``): a value whose BSON
  type JSON lacks is an object of one ``$``-key, ``{"$date": "2026-12-03T06:30:00Z"}``,
  ``{"$oid": "6750..."}``, ``{"$numberLong": "1200"}`` (the canonical form nests them:
  ``{"$date": {"$numberLong": "1796..."}}``). Each is read as the value it wraps
  (:func:`plain_object`, a ``json.loads`` object hook), so that a story's
  ``publishedAt`` is a date like any other record's.
- Apache Solr's ``/select`` response (``{"responseHeader": {...}, "response": {"docs":
  [...]}}``): a schemaless core names each field by its type's dynamic-field suffix
  (``title_t``, ``author_ss``, ``source_s``, ``pub_date_dt``, ``body_txt_ar``: Solr's
  default configset), and a multivalued field is a list. Each document's fields are read
  under their names without the suffix too (:func:`solr_documents`), where the document
  has no field of that name already.
"""

from __future__ import annotations

import re

__all__ = ["plain_object", "solr_documents"]

# Extended JSON's type wrappers whose value is the text or number a plain record writes:
# a date, an object id, the number types (relaxed mode writes numbers plain), a symbol.
_WRAPPERS = frozenset(
    {"$date", "$oid", "$numberLong", "$numberInt", "$numberDouble", "$numberDecimal", "$symbol"}
)
_NUMBER_WRAPPERS = frozenset({"$numberLong", "$numberInt"})
_INTEGER = re.compile(r"-?\d+")
# Solr's default dynamic fields (the '_default' configset's managed-schema): a type
# suffix after the field's name, the text types with a language code ("_txt_ar").
_SOLR_SUFFIX = re.compile(
    r"_(?:txt_[a-z]{2}(?:_[a-z]+)?|txt|t|s|ss|i|is|l|ls|b|bs|f|fs|d|ds|dt|dts|ws|p)$"
)


def plain_object(pairs: dict) -> object:
    """An object parsed from JSON, or the value it wraps when it is one of Extended
    JSON's type wrappers (an object whose only key is ``$date``, ``$oid``,
    ``$numberLong`` ...; an integer's digits as a number).

    Parameters
    ----------
    pairs : dict
        The object as ``json.loads`` parsed it (its ``object_hook``: the innermost
        objects first, so a canonical ``{"$date": {"$numberLong": "..."}}`` is a number).

    Returns
    -------
    object
        The object, or the value it wraps.
    """
    if len(pairs) != 1:
        return pairs
    ((key, value),) = pairs.items()
    if key not in _WRAPPERS or isinstance(value, (dict, list)):
        return pairs
    if key in _NUMBER_WRAPPERS and isinstance(value, str) and _INTEGER.fullmatch(value):
        return int(value)
    return value


def solr_documents(value: object) -> object:
    """A Solr ``/select`` response's documents, each with its fields also under their
    names without the dynamic-field type suffix; any other value unchanged.

    Parameters
    ----------
    value : object
        A parsed JSON text.

    Returns
    -------
    object
        The list of documents (``response.docs``) of a Solr response, each a copy with
        the suffix-free names added (``author_ss`` read as ``author`` too); ``value``
        itself otherwise.
    """
    if not isinstance(value, dict) or not isinstance(value.get("responseHeader"), dict):
        return value
    response = value.get("response")
    docs = response.get("docs") if isinstance(response, dict) else None
    if not isinstance(docs, list):
        return value
    return [_unsuffixed(doc) if isinstance(doc, dict) else doc for doc in docs]


def _unsuffixed(doc: dict) -> dict:
    """A Solr document with each suffixed field also under its bare name."""
    found = dict(doc)
    for key, field in doc.items():
        if isinstance(key, str) and (bare := _SOLR_SUFFIX.sub("", key)) and bare != key:
            found.setdefault(bare, field)
    return found
