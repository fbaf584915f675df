<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>EntityIndex</name>
    <message numerus="yes">
        <source>Hidden (%n)…</source>
        <translation>
            <numerusform>Hidden (%n)…</numerusform>
            <numerusform>Hidden (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HiddenNamesDialog</name>
    <message numerus="yes">
        <source>%1 — %2, %n article(s)</source>
        <translation>
            <numerusform>%1 — %2, %n article</numerusform>
            <numerusform>%1 — %2, %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n document added</numerusform>
            <numerusform>%n documents added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not added</source>
        <translation>
            <numerusform>%n not added</numerusform>
            <numerusform>%n not added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <source>%n article(s) match the filters</source>
        <translation>
            <numerusform>%n article matches the filters</numerusform>
            <numerusform>%n articles match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n highlight(s))</source>
        <translation>
            <numerusform>(%n highlight)</numerusform>
            <numerusform>(%n highlights)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n highlight(s)</source>
        <translation>
            <numerusform>Its %n highlight</numerusform>
            <numerusform>Its %n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n note(s) are deleted with it.</source>
        <translation>
            <numerusform>and %n note are deleted with it.</numerusform>
            <numerusform>and %n notes are deleted with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>Team: %n highlight(s)</source>
        <translation>
            <numerusform>Team: %n highlight</numerusform>
            <numerusform>Team: %n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) left the team library, your copy kept</source>
        <translation>
            <numerusform>%n article left the team library, your copy kept</numerusform>
            <numerusform>%n articles left the team library, your copies kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) edited both by you and by a trainer: both kept, pick one in the conflict review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review %n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPublishDialog</name>
    <message numerus="yes">
        <source>%n article(s) chosen in the library:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the next sync, %n article(s) go to the library of “%1”: every member receives them on their laptop.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are already published.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the next sync, %n article(s) leave the library of “%1” and the members&apos; laptops, except where a member has highlights or notes of their own on one. Your highlights on them are no longer shared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the next sync, your highlights and notes on %n article(s) are shared with “%1”: members see them read-only, under your name, and can copy one into their own work.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the next sync, members of “%1” no longer see your highlights and notes on %n article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
