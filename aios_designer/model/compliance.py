"""EU AI Act classification and GDPR/DSGVO records of the workflow."""
from datetime import date

from pydantic import Field, SerializerFunctionWrapHandler, field_serializer, model_serializer

from .base import Id, ModelBase, Name, Text, UtcDatetime, new_id
from .enums import Art22Exception, DpiaDecision, RiskClass, TransferSafeguard


class AiActAssessment(ModelBase):
    #: Questionnaire answers by question id (see resources/compliance/ai_act.json).
    answers: dict[str, bool] = Field(default_factory=dict)
    risk_class: RiskClass | None = None
    rationale: Text = ""
    decided_by: Name = ""
    decided_on: date | None = None
    #: ``meta.structure_changed`` when the class was decided: any later structural change
    #: (even the same day, as in a workshop) makes the classification outdated.
    assessed_structure: UtcDatetime | None = None
    #: Months the AI system's logs are kept (Art. 26(6): at least six for high-risk systems).
    log_retention_months: int | None = Field(default=None, ge=0, le=1200)

    @field_serializer("answers")
    def _sorted_answers(self, answers: dict[str, bool]) -> dict[str, bool]:
        return dict(sorted(answers.items()))

    @model_serializer(mode="wrap")
    def _omit_unset_structure(self, handler: SerializerFunctionWrapHandler) -> dict:
        # Files written before the field existed stay byte-identical when it is not set.
        data = handler(self)
        if data.get("assessed_structure") is None:
            data.pop("assessed_structure", None)
        return data


class Processor(ModelBase):
    """An external party processing personal data on the deployer's behalf (Art. 28 GDPR)."""

    id: Id = Field(default_factory=new_id)
    name: Name
    service: Name = ""
    country: Name = ""
    avv_signed: bool = False
    transfer_safeguard: TransferSafeguard = TransferSafeguard.NONE
    #: Transfer impact assessment done (needed with SCC or BCR since CJEU C-311/18 Schrems II).
    transfer_impact_assessment: bool = False
    notes: Text = ""


class Dpia(ModelBase):
    """Data protection impact assessment (Art. 35 GDPR) indicators and decision."""

    #: Ids of the WP248 criteria that apply (ticked by the user; derivable ones count anyway).
    criteria: list[Name] = Field(default_factory=list)
    #: Numbers of the items of the national Art. 35(4) list (DSK) the user ticked.
    listed_items: list[Name] = Field(default_factory=list)
    decision: DpiaDecision | None = None
    rationale: Text = ""
    decided_by: Name = ""
    decided_on: date | None = None


class WorksCouncil(ModelBase):
    """Two separate duties: consent (BetrVG §87(1) Nr. 6) and information (BetrVG §90(1)
    Nr. 3, and for high-risk systems Art. 26(7) AI Act)."""

    #: BetrVG §87(1) Nr. 6: the system can observe staff behaviour or performance.
    relevant: bool | None = None
    #: The works council has consented (works agreement, Betriebsvereinbarung).
    consent: bool = False
    #: The works council was informed of the planned AI use (§90(1) Nr. 3; Art. 26(7)).
    informed: bool = False
    notes: Text = ""


class AutomatedDecision(ModelBase):
    """Art. 22 GDPR: the exception that permits a decision based solely on automated
    processing, and the safeguards of Art. 22(3) (human intervention on request, the right to
    express one's view and to contest the decision)."""

    exception: Art22Exception | None = None
    safeguards: Text = ""


class Compliance(ModelBase):
    ai_act: AiActAssessment = Field(default_factory=AiActAssessment)
    processors: list[Processor] = Field(default_factory=list)
    dpia: Dpia = Field(default_factory=Dpia)
    works_council: WorksCouncil = Field(default_factory=WorksCouncil)
    automated_decision: AutomatedDecision = Field(default_factory=AutomatedDecision)
    ai_literacy_training_planned: bool = False
    notes: Text = ""
