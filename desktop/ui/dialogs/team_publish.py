"""Publish chosen articles to a team's library (a trainer) or share one's highlights on them with
a team (anyone), and take either back. The dialog says, before anything is done, what the next
sync will do and who will see what; it changes nothing itself (`choice()` is read on accept)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
)

PUBLISH, SHARE = "publish", "share"


@dataclass(frozen=True)
class TeamChoice:
    """What the user confirmed: `kind` on `articles` for `team`; `active` False takes it back."""

    team: str
    kind: str
    active: bool
    share_highlights: bool  # publishing: the publisher's highlights go with the articles
    articles: tuple[str, ...]


class TeamPublishDialog(QDialog):
    def __init__(self, *, kind: str, teams: list[str], articles: list[tuple[str, str]],
                 states: Callable[[str, list[str]], dict[str, tuple[bool, bool]]], parent=None):
        """`teams`: the team names this user may do `kind` for; `articles`: (id, title) chosen;
        `states(team, ids)`: (published, shared) of each, as the store knows."""
        super().__init__(parent)
        self.kind, self.articles, self.states = kind, articles, states
        self.setObjectName("TeamPublishDialog")
        self.setWindowTitle(self.tr("Publish to the team library") if kind == PUBLISH
                            else self.tr("Share my highlights with a team"))
        self.resize(560, 400)
        self.team = QComboBox()
        self.team.addItems(teams)
        self.team.setAccessibleName(self.tr("Team"))
        self.team.currentIndexChanged.connect(lambda _: self._explain())
        if kind == PUBLISH:
            self.on = QRadioButton(self.tr("Publish: members receive these articles"))
            self.off = QRadioButton(self.tr("Remove from the team library"))
            self.share_too = QCheckBox(self.tr("Share my highlights and notes on them too"))
            self.share_too.setChecked(True)  # a trainer's annotated set is shared by default
            self.share_too.toggled.connect(lambda _: self._explain())
        else:
            self.on = QRadioButton(self.tr("Share: members see my highlights and notes, "
                                           "read-only"))
            self.off = QRadioButton(self.tr("Stop sharing them"))
            self.share_too = None
        self.on.setChecked(True)
        self.on.toggled.connect(lambda _: self._explain())
        form = QFormLayout()
        form.addRow(self.tr("Team:"), self.team)
        chosen = QLabel(self.tr("%n article(s) chosen in the library:", "", len(articles)))
        self.list = QListWidget()
        self.list.addItems([title for _, title in articles])
        self.list.setWordWrap(True)  # long Vietnamese titles, read whole
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Chosen articles"))
        self.summary = QLabel()  # what happens, then what goes with it, then what is so already
        self.summary.setObjectName("teamPublishSummary")
        self.sharing, self.already = QLabel(), QLabel()
        for label in (self.summary, self.sharing, self.already):
            label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.on)
        layout.addWidget(self.off)
        if self.share_too is not None:
            layout.addWidget(self.share_too)
        layout.addWidget(chosen)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.sharing)
        layout.addWidget(self.already)
        layout.addWidget(self.buttons)
        self._explain()

    def choice(self) -> TeamChoice:
        return TeamChoice(team=self.team.currentText(), kind=self.kind,
                          active=self.on.isChecked(),
                          share_highlights=self.share_too is None or self.share_too.isChecked(),
                          articles=tuple(article_id for article_id, _ in self.articles))

    def _explain(self) -> None:
        """Say what will happen, in numbers, and name the button after it."""
        team = self.team.currentText()
        ids = [article_id for article_id, _ in self.articles]
        states = self.states(team, ids) if team else {}
        n = len(ids)
        sharing = already = ""
        if self.share_too is not None:  # only what is published takes highlights with it
            self.share_too.setVisible(self.on.isChecked())
        if self.kind == PUBLISH and self.on.isChecked():
            text = self.tr("At the next sync, %n article(s) go to the library of “%1”: every "
                           "member receives them on their laptop.", "", n)
            if self.share_too is not None and self.share_too.isChecked():
                sharing = self.tr("Your highlights and notes on them are shared with the "
                                  "members, read-only.")
            else:
                sharing = self.tr("Your highlights and notes on them stay yours.")
            published = sum(states.get(i, (False, False))[0] for i in ids)
            if published:
                already = self.tr("%n of them are already published.", "", published)
            button = self.tr("Publish %n article(s)", "", n)
        elif self.kind == PUBLISH:
            text = self.tr("At the next sync, %n article(s) leave the library of “%1” and the "
                           "members' laptops, except where a member has highlights or notes of "
                           "their own on one. Your highlights on them are no longer shared.",
                           "", n)
            button = self.tr("Remove %n article(s)", "", n)
        elif self.on.isChecked():
            text = self.tr("At the next sync, your highlights and notes on %n article(s) are "
                           "shared with “%1”: members see them read-only, under your name, and "
                           "can copy one into their own work.", "", n)
            button = self.tr("Share")
        else:
            text = self.tr("At the next sync, members of “%1” no longer see your highlights "
                           "and notes on %n article(s).", "", n)
            button = self.tr("Stop sharing")
        self.sharing.setText(sharing)
        self.sharing.setVisible(bool(sharing))
        self.already.setText(already)
        self.already.setVisible(bool(already))
        self.summary.setText(text.replace("%1", team))
        self.ok_button.setText(button)
        self.ok_button.setEnabled(bool(team and ids))
