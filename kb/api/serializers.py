"""API representations: the same field names as the fixture files, so both contracts read alike."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from kb.laws.models import Jurisdiction, Law, LawVersion, Source
from kb.recipients.models import Platform, PlatformChannel


class JurisdictionSerializer(serializers.ModelSerializer):
    parent = serializers.CharField(source="parent.code", allow_null=True, read_only=True, default=None)
    url = serializers.SerializerMethodField()

    class Meta:
        model = Jurisdiction
        fields = ["code", "name", "level", "parent", "checked_on", "notes", "url"]

    def get_url(self, obj: Jurisdiction) -> str:
        return f"/laws/{obj.code}/"


class SourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["url", "title", "kind", "publisher", "language", "quote", "verified_on", "dead_since"]


class PlatformDutySerializer(serializers.Serializer):
    who = serializers.CharField(source="duty_bearer", allow_null=True)
    deadline_hours = serializers.IntegerField(allow_null=True)
    deadline_months = serializers.IntegerField(allow_null=True)
    deadline_trigger = serializers.CharField(allow_blank=True)
    deadline_text = serializers.CharField(allow_null=True)
    binds_from = serializers.DateField(source="duty_binds_from", allow_null=True)
    notice_elements = serializers.JSONField()


class LawVersionSerializer(serializers.ModelSerializer):
    platform_duty = serializers.SerializerMethodField()
    sources = SourceSerializer(many=True, read_only=True)


    class Meta:
        model = LawVersion
        fields = [
            "effective_from", "effective_to", "status", "enacted_by", "covers_synthetic", "covers_synthetic_note",
            "conduct", "intent", "consent_rule", "ages", "minors_note", "penalty_class", "max_imprisonment",
            "max_fine", "civil_remedies", "limitation_period", "limitation_years", "limitation_runs_from",
            "private_right_of_action", "platform_duty", "summary", "notes", "unverified", "sources",
        ]

    @extend_schema_field(PlatformDutySerializer(allow_null=True))
    def get_platform_duty(self, obj: LawVersion) -> dict | None:
        values = (obj.duty_bearer, obj.deadline_hours, obj.deadline_months, obj.deadline_text, obj.duty_binds_from,
                  obj.notice_elements)
        if all(value in (None, "", []) for value in values):
            return None
        return {"who": obj.duty_bearer, "deadline_hours": obj.deadline_hours, "deadline_months": obj.deadline_months,
                "deadline_trigger": obj.deadline_trigger or "valid_request", "deadline_text": obj.deadline_text,
                "binds_from": obj.duty_binds_from.isoformat() if obj.duty_binds_from else None,
                "notice_elements": obj.notice_elements}


class LawSerializer(serializers.ModelSerializer):
    id = serializers.CharField(source="slug")
    jurisdiction = serializers.CharField(source="jurisdiction.code")
    versions = LawVersionSerializer(many=True, read_only=True, source="selected_versions")
    url = serializers.SerializerMethodField()

    class Meta:
        model = Law
        fields = ["id", "jurisdiction", "title", "citation", "kind", "regime", "topics", "url", "versions"]

    def get_url(self, obj: Law) -> str:
        return f"/laws/{obj.jurisdiction.code}/{obj.slug}/"


class ChannelSerializer(serializers.ModelSerializer):
    class Meta:
        model = PlatformChannel
        fields = ["purpose", "method", "value", "notes", "source_url", "verified_on"]


class PlatformSerializer(serializers.ModelSerializer):
    id = serializers.CharField(source="slug")
    channels = ChannelSerializer(many=True, read_only=True)

    class Meta:
        model = Platform
        fields = ["id", "name", "kind", "legal_entity", "established_in", "hostnames", "regimes", "dsa_vlop",
                  "stopncii_partner", "take_it_down_participant", "notes", "sources", "channels"]
