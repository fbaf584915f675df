"""People and organizations of the open article; clicking one marks its mentions in the reader.

The context menu carries the user's decisions (rename, merge, split a spelling off, reject);
the store keeps them and re-applies them after every extraction.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities.display import hover_text
from desktop.core.models import Changes, EntitySummary
from desktop.core.store.entities import EntityError
from desktop.ui.entity_tree import EntityTree
from desktop.ui.session import Session


class EntityPanel(QWidget):
    message = Signal(str)  # a passing word for the status bar
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._entities: dict[int, EntitySummary] = {}
        self._focused: tuple[str, int, tuple] | None = None  # (article, entity, its mentions) marked
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tree = EntityTree((self.tr("Name"), self.tr("Mentions")))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAccessibleName(self.tr("People and organizations"))
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_context_menu)
        self.clear_button = QPushButton(self.tr("Clear marks"))
        self.clear_button.setToolTip(self.tr("Remove the orange marks from the article"))
        self.clear_button.clicked.connect(self.clear_focus)
        self.clear_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.clear_button)
        session.changed.connect(self._changed)
        session.article_opened.connect(lambda _: self.refresh())

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Finding people and organizations…"))
        self.status.setVisible(busy or not self._entities)

    def show_error(self, message: str) -> None:
        self.status.setText(message)
        self.status.setVisible(True)

    def refresh(self) -> None:
        entities = self.session.entities()
        self._entities = {e.id: e for e in entities}
        groups = (("PER", self.tr("People")), ("ORG", self.tr("Organizations")))
        body = self.session.article.body if self.session.article else ""
        self.tree.fill((label, [(e.id, e.name, e.mention_count, hover_text(e.name, body, e.mentions))
                                for e in entities if e.kind == kind])
                       for kind, label in groups)
        self.status.setText("" if entities else self.tr("No people or organizations found yet."))
        self.status.setVisible(not entities)
        self._keep_focus()

    def _keep_focus(self) -> None:
        """After a refresh the name marked in the text stays chosen (renamed, or grown by a
        merge into it); marks of a name that is gone, or of another article, are cleared, so
        the text's marks and the Clear button always agree."""
        article = self.session.article
        focused, self._focused = self._focused, None
        entity = self._entities.get(focused[1]) if focused and article and \
            focused[0] == article.id else None
        if entity is None:
            if focused:
                self.session.entity_focused.emit(None)
            self.clear_button.setEnabled(False)
            return
        self._focused = (article.id, entity.id, tuple(entity.mentions))
        item = next((i for i in self._items() if i.data(0, Qt.ItemDataRole.UserRole) == entity.id),
                    None)
        if item is not None:
            self.tree.setCurrentItem(item)
        self.clear_button.setEnabled(True)
        if tuple(entity.mentions) != focused[2]:  # grown by a merge: mark the new mentions too
            self.session.entity_focused.emit(entity)

    def _items(self):
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            yield from (group.child(i) for i in range(group.childCount()))

    def item_for(self, name: str) -> QTreeWidgetItem | None:
        return self.tree.item_for(name)

    def _clicked(self, item: QTreeWidgetItem) -> None:
        entity_id = item.data(0, Qt.ItemDataRole.UserRole)
        if entity_id is None:
            return
        article = self.session.article
        entity = self._entities[entity_id]
        self._focused = (article.id, entity_id, tuple(entity.mentions)) if article else None
        self.session.entity_focused.emit(entity)
        self.clear_button.setEnabled(True)

    def clear_focus(self) -> None:
        self._focused = None
        self.tree.clearSelection()
        self.session.entity_focused.emit(None)
        self.clear_button.setEnabled(False)

    def _changed(self, changes: Changes) -> None:
        if self.session.article and self.session.article.id in changes.entities:
            self.refresh()

    # -- the user's decisions ----------------------------------------------------------------

    def _apply(self, mutation) -> bool:
        """Run a store decision and publish it; a refused one is explained, nothing is lost."""
        try:
            changes = mutation()
        except EntityError as exc:
            self.show_error(str(exc))
            return False
        self.session.perform(changes, origin=self)
        self.refresh()
        return True

    def mark(self, article_id: str, start: int, end: int, *, kind: str) -> bool:
        """The selection is a person ("PER") or an organization ("ORG"), here and elsewhere."""
        return self._apply(lambda: self.session.store.mark_entity(article_id, start, end,
                                                                  kind=kind))

    def rename(self, entity_id: int, name: str | None = None) -> bool:
        if name is None:
            current = self._entities[entity_id].name
            name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name:"),
                                            text=current)
            if not ok or name.strip() == current:
                return False
        return self._apply(lambda: self.session.store.rename_entity(entity_id, name))

    def merge(self, entity_id: int, into: int | None = None) -> bool:
        if into is None:
            into = self._ask_merge_target(entity_id)
            if into is None:
                return False
        if self._focused and self._focused[1] == entity_id:  # the marked name lives on in `into`
            self._focused = (self._focused[0], into, ())
        return self._apply(lambda: self.session.store.merge_entities(entity_id, into=into))

    def _ask_merge_target(self, entity_id: int) -> int | None:
        """The entity to merge into: this article's first, then the rest of the library."""
        kind = self._entities[entity_id].kind
        here = [e for e in self._entities.values() if e.kind == kind and e.id != entity_id]
        seen = {e.id for e in here}
        others = [e for e in self.session.store.entity_index(kind)
                  if e.id != entity_id and e.id not in seen]
        choices: dict[str, int] = {}
        for entry in [*here, *others]:
            label = entry.name
            while label in choices:  # two entities of one name: keep both choosable
                label += " "
            choices[label] = entry.id
        if not choices:
            self.show_error(self.tr("There is nothing of the same kind to merge into."))
            return None
        label, ok = QInputDialog.getItem(
            self, self.tr("Merge"),
            self.tr("Merge “%1” into:").replace("%1", self._entities[entity_id].name),
            list(choices), 0, False)
        return choices[label] if ok else None

    def split(self, entity_id: int, alias: str | None = None) -> bool:
        if alias is None:
            aliases = self.session.store.entity_aliases(entity_id)
            alias, ok = QInputDialog.getItem(
                self, self.tr("Split off a spelling"),
                self.tr("Make this spelling a separate entry:"), aliases, 0, False)
            if not ok:
                return False
        self.clear_focus()
        return self._apply(lambda: self.session.store.split_alias(entity_id, alias))

    def reject(self, entity_id: int, *, everywhere: bool) -> bool:
        """Not a person or organization: in this article only, or in every article."""
        article = self.session.article
        if article is None and not everywhere:
            return False
        self.clear_focus()
        name = self._entities[entity_id].name if entity_id in self._entities else ""
        done = self._apply(lambda: self.session.store.reject_entity(
            entity_id, article_id=None if everywhere else article.id))
        if done and everywhere:
            self.message.emit(self.tr("“%1” is hidden in every article. Index → Hidden… shows "
                                      "it again.").replace("%1", name))
        return done

    def context_menu(self, item: QTreeWidgetItem) -> QMenu | None:
        """The decisions that apply to one entity row (None for the group rows)."""
        entity_id = item.data(0, Qt.ItemDataRole.UserRole)
        if entity_id is None:
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self.rename(entity_id))
        menu.addAction(self.tr("Merge into…"), lambda: self.merge(entity_id))
        split = menu.addAction(self.tr("Split off a spelling…"), lambda: self.split(entity_id))
        split.setEnabled(bool(self.session.store.entity_aliases(entity_id)))
        menu.addSeparator()
        menu.addAction(self.tr("Not a name in this article"),
                       lambda: self.reject(entity_id, everywhere=False))
        menu.addAction(self.tr("Not a name in any article"),
                       lambda: self.reject(entity_id, everywhere=True))
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        menu = self.context_menu(item) if item is not None else None
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(pos))
