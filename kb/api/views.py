"""Public API v1: read-only lists of published data, and stateless matching and document generation."""

import datetime as dt
import io
import json
import zipfile

from django.db.models import F, Prefetch, Q
from django.http import HttpResponse
from django.utils.decorators import method_decorator
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from kb.api.conditional import conditional
from kb.api.serializers import JurisdictionSerializer, LawSerializer, PlatformSerializer
from kb.documents.bundle import build_bundle
from kb.laws.models import Jurisdiction, Law
from kb.laws.selectors import published_versions
from kb.matching.engine import match
from kb.matching.incident import InvalidIncident, parse_incident
from kb.matching.serialize import match_to_json
from kb.recipients.models import Platform, PlatformChannel

ERRORS = {400: OpenApiTypes.OBJECT, 404: OpenApiTypes.OBJECT}


@extend_schema_view(list=extend_schema(responses={200: JurisdictionSerializer(many=True), 400: OpenApiTypes.OBJECT}),
                    retrieve=extend_schema(responses={200: JurisdictionSerializer, **ERRORS}))
@method_decorator(conditional, name="dispatch")
class JurisdictionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = JurisdictionSerializer
    lookup_field = "code"
    queryset = Jurisdiction.objects.published().select_related("parent").order_by("code")


def _as_of(request) -> dt.date | None:  # noqa: ANN001
    if "as_of" not in request.query_params:
        return None
    raw = request.query_params["as_of"]
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ValidationError({"as_of": f"{raw!r} is not a date (expected YYYY-MM-DD)"}) from None


LAW_FILTERS = [
    OpenApiParameter("jurisdiction", str, description="Jurisdiction code, e.g. us-ca (exact)."),
    OpenApiParameter("kind", str, enum=["criminal", "civil", "platform_duty", "regulator_power", "data_protection"]),
    OpenApiParameter("covers_synthetic", str, enum=["yes", "no", "unclear"],
                     description="Laws with a version that reaches synthetic images (on as_of, when given)."),
    OpenApiParameter("as_of", OpenApiTypes.DATE, description="Only laws in force that day, with that day's version."),
]


@extend_schema_view(
    list=extend_schema(parameters=LAW_FILTERS,
                       responses={200: LawSerializer(many=True), 400: OpenApiTypes.OBJECT}),
    retrieve=extend_schema(parameters=LAW_FILTERS[-1:], responses={200: LawSerializer, **ERRORS}))
@method_decorator(conditional, name="dispatch")
class LawViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = LawSerializer
    lookup_field = "slug"
    lookup_url_kwarg = "id"

    def _versions(self, day: dt.date | None):  # noqa: ANN202
        versions = published_versions().select_related("law").order_by(
            F("effective_from").asc(nulls_first=True))
        if day is not None:
            versions = versions.filter(Q(effective_from__isnull=True) | Q(effective_from__lte=day)).filter(
                Q(effective_to__isnull=True) | Q(effective_to__gte=day))
        return versions

    CHOICES = {"kind": ("criminal", "civil", "platform_duty", "regulator_power", "data_protection"),
               "covers_synthetic": ("yes", "no", "unclear")}

    def get_queryset(self):  # noqa: ANN201
        params = self.request.query_params
        for name, allowed in self.CHOICES.items():
            if name in params and params[name] not in allowed:
                raise ValidationError({name: f"must be one of: {', '.join(allowed)}"})
        day = _as_of(self.request)
        laws = Law.objects.published().filter(jurisdiction__editorial_status="published").select_related(
            "jurisdiction").order_by("jurisdiction__code", "position", "slug")
        if params.get("jurisdiction"):
            laws = laws.filter(jurisdiction__code=params["jurisdiction"].lower())
        if params.get("kind"):
            laws = laws.filter(kind=params["kind"])
        version_filter = Q(versions__editorial_status="published")
        if day is not None:
            version_filter &= (Q(versions__effective_from__isnull=True) | Q(versions__effective_from__lte=day)) & (
                Q(versions__effective_to__isnull=True) | Q(versions__effective_to__gte=day))
        if params.get("covers_synthetic"):
            version_filter &= Q(versions__covers_synthetic=params["covers_synthetic"])
        if day is not None or params.get("covers_synthetic"):
            laws = laws.filter(version_filter).distinct()
        return laws.prefetch_related(Prefetch("versions", queryset=self._versions(day), to_attr="selected_versions"))


@extend_schema_view(list=extend_schema(responses={200: PlatformSerializer(many=True), 400: OpenApiTypes.OBJECT}),
                    retrieve=extend_schema(responses={200: PlatformSerializer, **ERRORS}))
@method_decorator(conditional, name="dispatch")
class PlatformViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = PlatformSerializer
    lookup_field = "slug"
    lookup_url_kwarg = "id"
    queryset = Platform.objects.published().order_by("slug").prefetch_related(
        Prefetch("channels", queryset=PlatformChannel.objects.order_by("position", "id")))


class GenerateThrottle(AnonRateThrottle):
    scope = "generate"


class IncidentSerializer(serializers.Serializer):
    """The incident document of the generator contract (see docs/documents.md); validated by the engine."""

    today = serializers.DateField(required=False)
    incident = serializers.DictField(required=False)
    person = serializers.DictField()
    uploader = serializers.DictField(required=False)
    requester = serializers.DictField(required=False)
    items = serializers.ListField(child=serializers.DictField(), required=False)
    attestations = serializers.DictField(required=False)
    signature = serializers.CharField(required=False, allow_blank=True)


def _incident(request, *, require_items: bool):  # noqa: ANN001, ANN202
    if not isinstance(request.data, dict):
        raise ValidationError({"errors": ["(document): must be a JSON object"]})
    try:
        return parse_incident(request.data, require_items=require_items)
    except InvalidIncident as invalid:
        raise ValidationError({"errors": invalid.problems}) from None


class MatchView(APIView):
    """Stateless: the laws that apply to an incident and why. Nothing is stored or logged."""

    throttle_classes = [GenerateThrottle]

    @extend_schema(request=IncidentSerializer,
                   responses={200: OpenApiTypes.OBJECT, 400: OpenApiTypes.OBJECT, 429: OpenApiTypes.OBJECT})
    def post(self, request) -> Response:  # noqa: ANN001
        result = match(_incident(request, require_items=False))
        response = Response(match_to_json(result))
        response["Cache-Control"] = "no-store"
        return response


class DocumentsView(APIView):
    """Stateless: every document for an incident, as a ZIP (letters, checklist, manifest.json)."""

    throttle_classes = [GenerateThrottle]

    @extend_schema(request=IncidentSerializer,
                   responses={(200, "application/zip"): OpenApiTypes.BINARY, 400: OpenApiTypes.OBJECT,
                              429: OpenApiTypes.OBJECT})
    def post(self, request) -> HttpResponse:  # noqa: ANN001
        bundle = build_bundle(_incident(request, require_items=True))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in sorted(bundle.files.items()):
                archive.writestr(name, data)
            archive.writestr("manifest.json", json.dumps(bundle.manifest, ensure_ascii=False, indent=2))
        response = HttpResponse(buffer.getvalue(), content_type="application/zip")
        response["Content-Disposition"] = 'attachment; filename="recourse-documents.zip"'
        response["Cache-Control"] = "no-store"
        return response


class PingView(APIView):
    """A trivial JSON response: the baseline the API benchmark compares the real endpoints with."""

    throttle_classes: list = []

    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    def get(self, request) -> Response:  # noqa: ANN001
        return Response({"ok": True})
