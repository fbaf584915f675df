"""The open article's highlights in text order, and an editor for the chosen one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QModelIndex, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.annotating import parse_tags
from desktop.core.models import COLORS, Annotation, Changes
from desktop.core.store import SharedAnnotation
from desktop.ui.notes_list import IdRole, NotesListView, NotesModel, TeamRole, swatch
from desktop.ui.session import Session

NOTE_SAVE_DELAY_MS = 400  # a pause in typing this long saves the note
NOTE_EDITOR_MAX_PX = 150  # the list of highlights gets the rest of the height
ROWS_PATCH_LIMIT = 200  # more changed highlights than this: the list is filled again


def _byline(widget: QWidget, ann: Annotation | None, *, team: str = "") -> str:
    """Who wrote it and when, in the interface language's date style."""
    if ann is None:
        return ""
    when = QDateTime.fromString(ann.modified or ann.created, Qt.DateFormat.ISODateWithMs)
    date = QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)
    if team:
        return QCoreApplication.translate("NotesPanel", "shared by %1 (team), %2").replace(
            "%1", ann.author or team).replace("%2", date)
    if ann.author:
        return QCoreApplication.translate("NotesPanel", "by %1, %2").replace(
            "%1", ann.author).replace("%2", date)
    return date


class NotesPanel(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._current: Annotation | None = None
        self._loading = False
        # a model and one row painter, rows of one height: a list of thousands of highlights is
        # neither built nor measured row by row (that froze the opening, and each edit
        # laid all of them out again to select one)
        self.model = NotesModel(self)
        self.list = NotesListView(self.model)
        self.list.setIconSize(QSize(14, 14))
        self.list.setAccessibleName(self.tr("Highlights of this article"))
        self.list.clicked.connect(self._row_clicked)
        self.list.activated.connect(self._row_clicked)
        self.empty = QLabel(self.tr("No highlights yet. Select text in the article and press "
                                    "1–5 to highlight it."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.editor = QGroupBox(self.tr("Highlight"))
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.colors = QButtonGroup(self)
        color_row = QHBoxLayout()
        for i, color in enumerate(COLORS):
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(swatch(color, 18))
            button.setAccessibleName(self.tr("Colour %1").replace("%1", str(i + 1)))
            button.setToolTip(button.accessibleName())
            self.colors.addButton(button, i)
            color_row.addWidget(button)
        color_row.addStretch(1)
        self.colors.idClicked.connect(self._color_chosen)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(NOTE_EDITOR_MAX_PX)
        self.note.setPlaceholderText(self.tr("Write a note…"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._note_typed)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.editingFinished.connect(self._tags_edited)
        self.delete_button = QPushButton(self.tr("Delete highlight"))
        self.delete_button.setToolTip(self.tr("Delete this highlight with its note (Delete); "
                                              "Ctrl+Z brings it back"))
        self.delete_button.clicked.connect(self._delete)
        # a teammate's highlight is shown read-only; this makes a copy of it the user's own
        self.copy_button = QPushButton(self.tr("Copy into my notes"))
        self.copy_button.setToolTip(self.tr("Make this teammate's highlight, note and tags a "
                                            "highlight of your own, which you can change"))
        self.copy_button.clicked.connect(self.copy_shared)
        self.copy_button.hide()
        self._shared: SharedAnnotation | None = None  # the teammate's highlight shown, if any
        self.author = QLabel()
        self.author.setTextFormat(Qt.TextFormat.PlainText)  # a bundle's author is any text
        # when the data file or the disk refuses a note: say so, keep the text, offer to retry
        self.unsaved = QLabel()
        self.unsaved.setWordWrap(True)
        self.unsaved.setTextFormat(Qt.TextFormat.PlainText)
        self.unsaved.setStyleSheet("color: #b42318; font-weight: 600;")
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.clicked.connect(self._write_note)
        unsaved_row = QHBoxLayout()
        unsaved_row.addWidget(self.unsaved, 1)
        unsaved_row.addWidget(self.retry_button)
        self.unsaved_box = QWidget()
        self.unsaved_box.setLayout(unsaved_row)
        unsaved_row.setContentsMargins(0, 0, 0, 0)
        self.unsaved_box.hide()
        self._failed = False  # the note in the editor could not be saved: it must not be lost
        self.note_what = self.tr("The note")  # what a failed note save is called
        form = QFormLayout(self.editor)
        form.addRow(self.quote)
        form.addRow(self.tr("Colour"), color_row)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.unsaved_box)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.author)  # its own row: a long name or date must not narrow the fields
        form.addRow(self.delete_button)
        form.addRow(self.copy_button)
        self.editor.setEnabled(False)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._write_note)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list)
        top_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self.editor.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        session.changed.connect(self._changed)
        session.article_opened.connect(lambda _: self.refresh())
        session.annotation_focused.connect(self.show_annotation)
        session.shared_focused.connect(self.show_shared)
        session.team_changed.connect(self.refresh)

    # -- rendering -------------------------------------------------------------------------

    def add_header(self, widget: QWidget) -> None:
        """A control above the list (the authors' layers), left-aligned."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, widget, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh(self) -> None:
        current = self._current.id if self._current else None
        self.model.reset(self.session.annotations(),
                         [(s.owner, s.annotation) for s in self.session.shared()])
        self._show_empty()
        self._load_editor(self.session.shown(current) if current else None)

    def _show_empty(self) -> None:
        rows = self.model.rowCount()
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _update_rows(self, ids: frozenset[str]) -> None:
        """Render again only the rows of these highlights (an edit of a few among thousands):
        taken out, then put back where the text order has them now."""
        if len(ids) > ROWS_PATCH_LIMIT:
            self.refresh()
            return
        for ann_id in ids:
            fresh = self.session.shown(ann_id)
            self.model.put(ann_id, fresh)
        self._show_empty()

    def _select_item(self, annotation_id: str | None) -> None:
        row = self.model.row_of(annotation_id) if annotation_id else None
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row))

    def _load_editor(self, ann: Annotation | None) -> None:
        if self._failed:  # the unsaved note stays in the editor until it is saved
            self._select_item(self._current.id if self._current else None)
            return
        self._loading = True
        self._current = ann
        self._read_only(None)
        self.editor.setEnabled(ann is not None)
        self.quote.setText(f"“{ann.exact}”" if ann else "")
        if self.note.toPlainText() != (ann.note if ann else ""):
            self.note.setPlainText(ann.note if ann else "")
        self.tags.setText(", ".join(ann.tags) if ann else "")
        self.author.setText(_byline(self, ann))
        for i, color in enumerate(COLORS):
            self.colors.button(i).setChecked(bool(ann) and ann.color == color)
        self._select_item(ann.id if ann else None)
        self._loading = False

    def _read_only(self, shared: SharedAnnotation | None) -> None:
        """The editor for one's own highlight (None), or showing a teammate's, read-only."""
        self._shared = shared
        self.editor.setTitle(self.tr("Highlight") if shared is None
                             else self.tr("A teammate's highlight (read-only)"))
        self.note.setReadOnly(shared is not None)
        self.tags.setReadOnly(shared is not None)
        for button in self.colors.buttons():
            button.setEnabled(shared is None)
        self.delete_button.setVisible(shared is None)
        self.copy_button.setVisible(shared is not None)

    def show_shared(self, shared: SharedAnnotation) -> None:
        """Show a teammate's highlight, read-only, with the action that copies it."""
        if not self.save_note():
            return  # the unsaved note stays in the editor
        ann = shared.annotation
        self._loading = True
        self._current = None
        self._read_only(shared)
        self.editor.setEnabled(True)
        self.quote.setText(f"“{ann.exact}”")
        self.note.setPlainText(ann.note)
        self.tags.setText(", ".join(ann.tags))
        self.author.setText(_byline(self, ann, team=shared.owner))
        for i, color in enumerate(COLORS):
            self.colors.button(i).setChecked(ann.color == color)
        row = self.model.row_of(ann.id, shared.owner)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row))
        self._loading = False

    def copy_shared(self) -> Annotation | None:
        """The teammate's highlight shown becomes one of the user's own (undoable)."""
        mine = self.session.copy_shared(self._shared) if self._shared is not None else None
        if mine is None:
            return None
        self.session.annotation_focused.emit(mine.id)
        return mine

    def show_annotation(self, annotation_id: str) -> None:
        """Choose a highlight for editing (clicked in the reader or in the list)."""
        self.save_note()
        self._load_editor(self.session.store.annotation(annotation_id))

    def _changed(self, changes: Changes) -> None:
        if changes.origin is self or not self.session.article:
            return
        if changes.annotations:
            self._update_rows(changes.annotations)
            current = self._current.id if self._current else None
            if current in changes.annotations:  # an undo, say: show it as it is now
                self._load_editor(self.session.shown(current))
        elif self.session.article.id in changes.articles:
            self.refresh()

    # -- editing ---------------------------------------------------------------------------

    def _row_clicked(self, index: QModelIndex) -> None:
        team = index.data(TeamRole)
        if not team:
            self.session.annotation_focused.emit(index.data(IdRole))
            return
        found = next((s for s in self.session.shared()
                      if s.owner == team and s.annotation.id == index.data(IdRole)), None)
        if found is not None:
            self.session.shared_focused.emit(found)

    def _fresh(self) -> Annotation | None:
        """The chosen highlight as stored now (an undo may have changed it)."""
        return self.session.store.annotation(self._current.id) if self._current else None

    def _edit(self, *, what: str, **fields) -> bool:
        """Write a change of the chosen highlight; False when the store refused it."""
        current = self._fresh()
        if current is None or all(getattr(current, k) == v for k, v in fields.items()):
            return True
        if self.session.write(lambda: self.session.history.edit(current, **fields),
                              what=what, origin=self) is None:
            return False
        self._current = self.session.store.annotation(current.id)
        self._loading = True  # the rows change, not the editor the user is typing in
        self._update_rows(frozenset({current.id}))
        self._select_item(current.id)
        self._loading = False
        return True

    def _color_chosen(self, index: int) -> None:
        if not self._loading:
            self._edit(color=COLORS[index], what=self.tr("The colour"))

    def _note_typed(self) -> None:
        if not self._loading:
            self._save_timer.start()

    def save_note(self) -> bool:
        """Write a pending note edit now (when the highlight, the article or the window changes);
        False when it could not be saved (the text stays in the editor)."""
        if self._save_timer.isActive() or self._failed:
            self._save_timer.stop()
            return self._write_note()
        return True

    def _write_note(self) -> bool:
        saved = self._edit(note=self.note.toPlainText(), what=self.note_what)
        self._failed = not saved
        self.unsaved_box.setVisible(not saved)
        return saved

    def note_failed(self, reason: str) -> None:
        """Say the note in the editor was not saved, and why; it stays there to retry."""
        self.unsaved.setText(self.tr("Note NOT saved: %1. It is kept here; press Retry to "
                                     "save it.").replace("%1", reason))

    def _tags_edited(self) -> None:
        if not self._loading:
            self._edit(tags=parse_tags(self.tags.text()), what=self.tr("The tags"))

    def _delete(self) -> None:
        current = self._fresh()
        if current:
            self.save_note()
            self.session.write(lambda: self.session.history.delete(current),
                               what=self.tr("Deleting the highlight"))

    def focus_note(self) -> None:
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
