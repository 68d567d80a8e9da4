"""What happens after sending each kind of document, in plain words (shown on the documents page)."""

from django.utils.translation import gettext_lazy as _

NEXT_STEPS = {
    "removal_request": _("Send it through the channel shown. Keep the confirmation or case number. If nothing happens "
                         "by the deadline shown in the letter (if any), send a reminder and see the checklist for "
                         "where to complain."),
    "search_delisting": _("Send it through the channel shown. Removing the page at the source is still worth doing; "
                          "delisting only hides it from search results."),
    "preservation_request": _("Send it once you have saved your own evidence. It asks the service to keep records "
                              "for a later police or court case; it is a request, not an order."),
    "dmca_notice": _("Read the warnings in the checklist first: the person who posted the image may see this notice, "
                     "with your name and contact details."),
    "checklist": _("Start here. Keep it somewhere only you can reach."),
}
