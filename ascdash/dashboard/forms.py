from django import forms


class CommentaryForm(forms.Form):
    text = forms.CharField(
        label="Commentary",
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=4000,
        help_text="What explains the figures this quarter, and what is being done. Written for councillors: "
                  "plain English, no person-level details.",
        error_messages={"required": "Enter the commentary"},
    )
