"""The guided flow's questions, one form per step, in plain words.

Every answer travels in the page itself (hidden fields in a POST); nothing is kept on the server, so
closing the tab erases everything. These forms only validate; they never save.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from kb.matching.incident import MAX_ITEMS
from kb.recipients.resolve import InvalidUrl, hostname_of


class Step(forms.Form):
    slug: str = ""
    title = ""
    required_css_class = "required"


class SafetyStep(Step):
    slug = "safety"
    title = _("First, your safety")
    age = forms.ChoiceField(
        label=_("Was the person in the image under 18 when it was made?"),
        choices=[("minor", _("Yes, under 18")), ("adult", _("No, 18 or older")), ("unknown", _("I am not sure"))],
        widget=forms.RadioSelect,
        help_text=_("If they were under 18, we will show you how to report it as child sexual abuse material first. "
                    "You will not be asked to save or send the image."),
    )


class PlaceStep(Step):
    slug = "place"
    title = _("Where you live")
    person_jurisdiction = forms.ChoiceField(
        label=_("Where does the person in the image live?"),
        help_text=_("Choose the state, province or country. The laws of that place, and of the country it belongs "
                    "to, will be checked."),
    )

    def __init__(self, *args, jurisdiction_choices: list | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["person_jurisdiction"].choices = [("", _("Choose…"))] + (jurisdiction_choices or [])


class WhatStep(Step):
    slug = "what"
    title = _("What happened")
    synthetic = forms.ChoiceField(
        label=_("Is the image real, or was it faked or changed with AI or editing software?"),
        choices=[("fake", _("Faked or changed (a deepfake)")), ("real", _("Real")), ("unsure", _("I am not sure"))],
        widget=forms.RadioSelect,
    )
    conduct_date = forms.DateField(
        label=_("When was it made or shared? (if you know)"), required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("This decides which version of the law applies. Leave it empty if you do not know."),
    )
    discovered_date = forms.DateField(
        label=_("When did you find out about it?"), required=False, widget=forms.DateInput(attrs={"type": "date"}),
    )
    description = forms.CharField(
        label=_("Anything the platforms should know (optional)"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Do not describe the image in detail. This text goes into your letters."),
    )

    def clean(self) -> dict:
        data = super().clean()
        made, found = data.get("conduct_date"), data.get("discovered_date")
        if made and found and found < made:
            self.add_error("discovered_date", _("You found it before it was made? Check the two dates."))
        return data


class WhereStep(Step):
    slug = "where"
    title = _("Where it is")
    urls = forms.CharField(
        label=_("Web addresses (URLs) where the image is, one per line"),
        widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false", "autocapitalize": "off"}),
        help_text=_("Copy each address from your browser's address bar. Do not upload the image: the address is "
                    "enough."),
    )

    def clean_urls(self) -> str:
        lines = [line.strip() for line in self.cleaned_data["urls"].splitlines() if line.strip()]
        if not lines:
            raise forms.ValidationError(_("Add at least one web address."))
        if len(lines) > MAX_ITEMS:
            raise forms.ValidationError(_("At most %(max)s addresses at a time.") % {"max": MAX_ITEMS})
        problems = []
        for number, line in enumerate(lines, start=1):
            try:
                hostname_of(line)
            except InvalidUrl as error:
                problems.append(_("Line %(n)s (%(url)s): %(problem)s") % {"n": number, "url": line[:80],
                                                                          "problem": error})
        if problems:
            raise forms.ValidationError(problems)
        return "\n".join(lines)


class WhoStep(Step):
    slug = "who"
    title = _("Who is asking")
    relationship = forms.ChoiceField(
        label=_("Who are you?"),
        choices=[("self", _("I am the person in the image")),
                 ("authorized_representative", _("I am helping them, with their permission")),
                 ("parent_or_guardian", _("I am their parent or guardian")),
                 ("attorney", _("I am their lawyer"))],
        widget=forms.RadioSelect,
    )
    name = forms.CharField(label=_("Your name"), max_length=200,
                           help_text=_("Platforms need a real name to act on a legal request."))
    email = forms.EmailField(label=_("Your email address"), required=False, max_length=254,
                             help_text=_("Platforms will reply here. You can use a new address just for this."))
    postal_address = forms.CharField(label=_("Postal address (optional)"), required=False, max_length=500,
                                     widget=forms.Textarea(attrs={"rows": 2}))
    phone = forms.CharField(label=_("Phone (optional)"), required=False, max_length=40)
    organization = forms.CharField(label=_("Organisation (optional)"), required=False, max_length=200)
    authority_statement = forms.CharField(
        label=_("If you act for someone else: on what authority?"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("For example: 'They asked me in writing on 1 May 2026 to act for them.'"))
    owns_copyright = forms.ChoiceField(
        label=_("Did the person take the original photo or video themselves?"),
        choices=[("no", _("No, or I do not know")), ("yes", _("Yes, they took it and own it"))],
        widget=forms.RadioSelect, initial="no",
        help_text=_("Only then can a copyright (DMCA) notice be sent. It has downsides; the checklist explains."),
    )

    def clean(self) -> dict:
        data = super().clean()
        if not data.get("email") and not data.get("postal_address"):
            self.add_error("email", _("Give an email or a postal address so platforms can reply."))
        if data.get("relationship") not in (None, "self") and not data.get("authority_statement"):
            self.add_error("authority_statement", _("Say on what authority you act for them."))
        return data


class ConfirmStep(Step):
    slug = "confirm"
    title = _("Your statements")
    depicts = forms.BooleanField(label=_("The image shows me (or the person I act for)."))
    not_consented = forms.BooleanField(label=_("They did not agree to this image being made or shared."))
    good_faith = forms.BooleanField(label=_("What I have said is true, to the best of my knowledge."))
    signature = forms.CharField(label=_("Type your full name to sign"), max_length=200,
                                help_text=_("This is your electronic signature on the letters."))


STEPS: list[type[Step]] = [SafetyStep, PlaceStep, WhatStep, WhereStep, WhoStep, ConfirmStep]
BY_SLUG = {step.slug: step for step in STEPS}
FIELD_NAMES = [name for step in STEPS for name in step.base_fields]
