"""What the user does in the reader: highlight, note, mark a name, delete, undo and redo, text
size; and what the reader shows as the session changes (the open article, its title, its
highlights, the reading position)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QStatusBar, QTabWidget

from desktop.core.annotating import new_highlight
from desktop.core.models import COLORS, Annotation, Article, Changes
from desktop.ui.entity_panel import EntityPanel
from desktop.ui.notes_panel import NotesPanel
from desktop.ui.reader_view import DEFAULT_FONT_PT, PARTIAL_REPAINT_LIMIT, ReaderView
from desktop.ui.session import Session

POSITION_SAVE_DELAY_MS = 600
FONT_SIZE_SETTING = "reader.font_size"


class ReadingController(QObject):
    def __init__(self, session: Session, reader: ReaderView, *, title: QLabel, notes: NotesPanel,
                 entities: EntityPanel, tabs: QTabWidget, status_bar: QStatusBar,
                 highlight_actions: Sequence[QAction], mark_person_action: QAction,
                 mark_org_action: QAction, undo_action: QAction, redo_action: QAction,
                 zoom_in_action: QAction, zoom_out_action: QAction, zoom_reset_action: QAction):
        super().__init__(reader)
        self.session = session
        self.store = session.store
        self.reader = reader
        self.title = title
        self.notes = notes
        self.entities = entities
        self.tabs = tabs
        self.status_bar = status_bar
        self.undo_action = undo_action
        self.redo_action = redo_action

        for action, color in zip(highlight_actions, COLORS, strict=True):
            action.triggered.connect(lambda _=False, c=color: self.highlight_selection(c))
        reader.highlight_actions = list(highlight_actions)  # its context menu shows them
        mark_person_action.triggered.connect(lambda: self.mark_selection("PER"))
        mark_org_action.triggered.connect(lambda: self.mark_selection("ORG"))
        reader.entity_actions = [mark_person_action, mark_org_action]
        undo_action.triggered.connect(session.undo)
        redo_action.triggered.connect(session.redo)
        zoom_in_action.triggered.connect(lambda: reader.zoom(+1))
        zoom_out_action.triggered.connect(lambda: reader.zoom(-1))
        zoom_reset_action.triggered.connect(lambda: reader.set_font_size(DEFAULT_FONT_PT))
        self._update_undo_actions()

        session.article_opened.connect(self._article_opened)
        session.article_closed.connect(self._article_closed)
        session.changed.connect(self._changed)
        session.annotation_focused.connect(self._annotation_focused)
        session.entity_focused.connect(self._entity_focused)
        session.shared_focused.connect(self._shared_focused)
        session.team_changed.connect(lambda: reader.set_team(session.shared()))
        session.layers_changed.connect(lambda: reader.set_team(session.shared()))
        reader.shared_clicked.connect(self._shared_clicked)
        reader.highlight_requested.connect(self.highlight_selection)
        reader.annotation_clicked.connect(session.annotation_focused.emit)
        reader.delete_requested.connect(self.delete_annotation)
        reader.note_requested.connect(self.add_note)
        entities.message.connect(lambda text: status_bar.showMessage(text, 8000))
        reader.font_size_changed.connect(lambda pt: self.store.set_setting(FONT_SIZE_SETTING, pt))

        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_SAVE_DELAY_MS)
        self._position_timer.timeout.connect(self.save_reading_position)
        reader.verticalScrollBar().valueChanged.connect(lambda _: self._position_timer.start())

    # -- what the user does ----------------------------------------------------------------

    def highlight_selection(self, color: str = COLORS[0]) -> Annotation | None:
        """Highlight the reader's selection in a colour; returns the new highlight."""
        article, selected = self.session.article, self.reader.selected_range()
        if article is None or selected is None:
            self.status_bar.showMessage(self.tr("Select some text first, then highlight it."),
                                        4000)
            return None
        ann = new_highlight(article, *selected, color=color, author=self.session.author)
        if self.session.write(lambda: self.session.history.create(ann),
                              what=self.tr("The highlight")) is None:
            return None  # the selection stays: the same key tries again
        cursor = self.reader.textCursor()
        cursor.clearSelection()
        self.reader.setTextCursor(cursor)
        self.session.annotation_focused.emit(ann.id)
        return ann

    def mark_selection(self, kind: str) -> None:
        """The user's word on the selection: a person or an organization, kept for good."""
        article, selected = self.session.article, self.reader.selected_range()
        if article is None or selected is None:
            self.status_bar.showMessage(self.tr("Select a name in the text first."), 4000)
            return
        self.entities.mark(article.id, *selected, kind=kind)
        self.tabs.setCurrentWidget(self.entities)

    def delete_annotation(self, annotation_id: str) -> None:
        ann = self.store.annotation(annotation_id) if annotation_id else None
        if not ann or ann.deleted:  # Delete on plain text ("" from the reader): say so
            self.status_bar.showMessage(
                self.tr("No highlight here to delete: put the cursor in a highlight first."), 5000)
            return
        if self.session.write(lambda: self.session.history.delete(ann),
                              what=self.tr("Deleting the highlight")) is None:
            return
        deleted = self.tr("Highlight deleted — Ctrl+Z brings it back.")
        self.status_bar.showMessage(deleted, 5000)
        self._until_undo_or_redo(deleted)

    def _until_undo_or_redo(self, message: str) -> None:
        """A message about the last change goes once that change is undone (or redone over)."""
        def drop(_checked=False):
            if self.status_bar.currentMessage() == message:
                self.status_bar.clearMessage()
            for action in (self.undo_action, self.redo_action):
                action.triggered.disconnect(drop)
        for action in (self.undo_action, self.redo_action):
            action.triggered.connect(drop)

    def add_note(self) -> None:
        """N: note on the highlight under the cursor, or highlight the selection and note it."""
        if self.reader.selected_range():
            if self.highlight_selection() is None:
                return
        else:
            ann = self.reader.annotation_at_cursor()
            if ann is None:
                self.status_bar.showMessage(
                    self.tr("Select text or click a highlight to add a note."), 4000)
                return
            self.session.annotation_focused.emit(ann.id)
        self.tabs.setCurrentWidget(self.notes)
        self.notes.focus_note()

    # -- reacting to changes ---------------------------------------------------------------

    def _article_opened(self, article: Article) -> None:
        self.notes.save_note()
        self.title.setText(article.title)
        self.reader.show_article(article, self.session.annotations(),
                                 shared=self.session.shared())
        self.reader.setFocus()
        QTimer.singleShot(0, self._restore_reading_position)

    def _article_closed(self) -> None:
        self.title.setText("")
        self.reader.show_article(None, [])
        self.notes.refresh()
        self.entities.refresh()

    def _changed(self, changes: Changes) -> None:
        article = self.session.article
        if changes.annotations and article:
            if len(changes.annotations) > PARTIAL_REPAINT_LIMIT:
                self.reader.set_annotations(self.session.annotations())
            else:  # a few among thousands: only those move
                self.reader.patch({i: self.session.shown(i) for i in changes.annotations})
        if article and article.id in changes.articles:  # renamed, here or by a sync
            # its library row, not the article: re-reading a long text on every edit is slow
            for summary in self.store.summaries_of([article.id]):
                self.title.setText(summary.title)
        self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        history = self.session.history
        self.undo_action.setEnabled(history.undo_label is not None)
        self.redo_action.setEnabled(history.redo_label is not None)

    def _annotation_focused(self, annotation_id: str) -> None:
        self.tabs.setCurrentWidget(self.notes)
        self.reader.focus_annotation(annotation_id)

    def _shared_clicked(self, owner: str, annotation_id: str) -> None:
        found = next((s for s in self.session.shared()
                      if s.owner == owner and s.annotation.id == annotation_id), None)
        if found is not None:
            self.session.shared_focused.emit(found)

    def _shared_focused(self, shared) -> None:
        self.tabs.setCurrentWidget(self.notes)
        self.reader.scroll_to(shared.annotation.start, shared.annotation.end)

    def _entity_focused(self, entity) -> None:
        self.reader.show_mentions(entity.mentions if entity else [])

    # -- reading position and text size across restarts ------------------------------------

    def restore_font_size(self) -> None:
        self.reader.set_font_size(self.store.setting(FONT_SIZE_SETTING, DEFAULT_FONT_PT))

    def _restore_reading_position(self) -> None:
        article = self.session.article
        if article:
            offset = self.store.setting(f"reading.{article.id}", 0)
            if offset:
                self.reader.scroll_to_top_at(offset)

    def save_reading_position(self) -> None:
        article = self.session.article
        if article and self.reader.article is article:
            self.store.set_setting(f"reading.{article.id}", self.reader.first_visible_offset())

    def save(self) -> None:
        """Before closing: the note being typed and where the reader is."""
        self.notes.save_note()
        self.save_reading_position()
