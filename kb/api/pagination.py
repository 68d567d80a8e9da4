"""Limit/offset pagination that refuses nonsense instead of silently ignoring it (a 400, not page one)."""

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import LimitOffsetPagination


class StrictLimitOffsetPagination(LimitOffsetPagination):
    default_limit = 100
    max_limit = 1000

    def _number(self, request, name: str) -> None:  # noqa: ANN001
        raw = request.query_params.get(name)
        if raw is not None and not (raw.isdigit() and int(raw) >= (1 if name == "limit" else 0)):
            raise ValidationError({name: f"must be a whole number{' of at least 1' if name == 'limit' else ''}"})

    def paginate_queryset(self, queryset, request, view=None):  # noqa: ANN001, ANN201
        self._number(request, self.limit_query_param)
        self._number(request, self.offset_query_param)
        return super().paginate_queryset(queryset, request, view)

    def get_schema_operation_parameters(self, view) -> list:  # noqa: ANN001
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1 if parameter["name"] == self.limit_query_param else 0
        return parameters
