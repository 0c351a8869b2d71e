"""GDPR/DSGVO answers recorded per data source (trigger) and per AI step."""
from pydantic import Field

from .base import ModelBase, Name, Text
from .enums import Art9Condition, LegalBasis, SpecialCategory


class DataProtection(ModelBase):
    #: None = not yet answered.
    personal_data: bool | None = None
    data_subjects: Name = ""
    categories: list[Name] = Field(default_factory=list)
    special_categories: list[SpecialCategory] = Field(default_factory=list)
    #: Art. 9(2) condition that permits processing the special categories above.
    special_category_condition: Art9Condition | None = None
    legal_basis: LegalBasis | None = None
    retention: Name = ""
    recipients: Text = ""
    notes: Text = ""
