<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Chú Giải</source>
        <translation type="unfinished">Giới thiệu Chú Giải</translation>
    </message>
    <message>
        <source>Offline reader and annotator for Vietnamese articles. Nothing you read or write leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences of bundled components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleDetailsDialog</name>
    <message>
        <source>Title, source and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a newspaper or a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD (or YYYY-MM, or YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfortController</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Chú Giải</source>
        <translation type="unfinished">Giới thiệu Chú Giải</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles in your library. Enter opens one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article. Select text, then press 1 to 5 to highlight it, N to add a note, Delete to remove the highlight under the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your highlights in text order. Enter shows one in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note of the chosen highlight; it is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of the chosen highlight, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and organizations in this article. Enter marks where one is mentioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, and people and organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the selection in colour 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the selection or highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the highlight under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1 — send it to IT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts and highlights not found</source>
        <translation>Xung đột và đánh dấu không tìm thấy</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>The version in use</source>
        <translation>Bản đang dùng</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>Bản còn lại</translation>
    </message>
    <message>
        <source>Keep the version in use</source>
        <translation>Giữ bản đang dùng</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>Dùng bản còn lại</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Bản còn lại</translation>
    </message>
    <message>
        <source>Highlights not found in their text</source>
        <translation>Đánh dấu không tìm thấy trong bài</translation>
    </message>
    <message>
        <source>Not found in the text</source>
        <translation>Không tìm thấy trong bài</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(đã xoá)</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(không có ghi chú)</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Màu: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Thẻ: %1</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>Của %1, %2</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Xung đột (%1)</translation>
    </message>
    <message>
        <source>Not found in the text (%1)</source>
        <translation>Không tìm thấy trong bài (%1)</translation>
    </message>
</context>
<context>
    <name>EntityIndex</name>
    <message>
        <source>Filter names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter people and organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Tên</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished">Bài viết</translation>
    </message>
    <message>
        <source>All people and organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles mentioning the chosen name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Người</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished">Tổ chức</translation>
    </message>
    <message>
        <source>Choose a name to see the articles that mention it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles mentioning %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Số lần nhắc</translation>
    </message>
    <message>
        <source>People and organizations</source>
        <translation>Người và tổ chức</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>Bỏ đánh dấu</translation>
    </message>
    <message>
        <source>Finding people and organizations…</source>
        <translation>Đang tìm người và tổ chức…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>No people or organizations found yet.</source>
        <translation>Chưa tìm thấy người hay tổ chức nào.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing of the same kind to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split off a spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this spelling a separate entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split off a spelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a name in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a name in any article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <source>Export annotations…</source>
        <translation>Xuất chú thích…</translation>
    </message>
    <message>
        <source>Save annotations to a .chugiai file to share (Ctrl+E)</source>
        <translation>Lưu chú thích vào tệp .chugiai để chia sẻ (Ctrl+E)</translation>
    </message>
    <message>
        <source>Import annotations…</source>
        <translation>Nhập chú thích…</translation>
    </message>
    <message>
        <source>Merge a .chugiai file from a colleague</source>
        <translation>Gộp tệp .chugiai của đồng nghiệp</translation>
    </message>
    <message>
        <source>Save a report…</source>
        <translation>Lưu báo cáo…</translation>
    </message>
    <message>
        <source>Conflicts and highlights not found…</source>
        <translation>Xung đột và đánh dấu không tìm thấy…</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Người viết</translation>
    </message>
    <message>
        <source>Show or hide each author&apos;s highlights</source>
        <translation>Hiện hoặc ẩn đánh dấu của từng người</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(không tên)</translation>
    </message>
    <message>
        <source>Chú Giải</source>
        <translation>Chú Giải</translation>
    </message>
    <message>
        <source>%1 failed. Nothing was changed.

%2</source>
        <translation>%1 không thành công. Không có gì bị thay đổi.

%2</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>Your name, shown with the annotations you share:</source>
        <translation>Tên của bạn, hiện cùng các chú thích bạn chia sẻ:</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Xuất chú thích</translation>
    </message>
    <message>
        <source>Chú Giải bundles (*.chugiai)</source>
        <translation>Tệp Chú Giải (*.chugiai)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Exported %1 annotations and %2 articles to %3</source>
        <translation>Đã xuất %1 chú thích và %2 bài vào %3</translation>
    </message>
    <message>
        <source>Save a report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Saved a report of %1 annotations to %2</source>
        <translation>Đã lưu báo cáo %1 chú thích vào %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Nhập chú thích</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Đã huỷ nhập. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Import failed. Nothing was changed.

%1</source>
        <translation>Nhập không thành công. Không có gì bị thay đổi.

%1</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 conflicts, %4 not found in the text</source>
        <translation>Đã nhập: %1 mới, %2 cập nhật, %3 xung đột, %4 không tìm thấy trong bài</translation>
    </message>
    <message>
        <source>Only .chugiai files can be dropped here for now.</source>
        <translation>Hiện chỉ có thể thả tệp .chugiai vào đây.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export annotations</source>
        <translation>Xuất chú thích</translation>
    </message>
    <message>
        <source>All annotations</source>
        <translation>Tất cả chú thích</translation>
    </message>
    <message>
        <source>Annotations of these articles:</source>
        <translation>Chú thích của các bài này:</translation>
    </message>
    <message>
        <source>Annotations with the chosen colours and tags:</source>
        <translation>Chú thích có màu và thẻ đã chọn:</translation>
    </message>
    <message>
        <source>Articles to export</source>
        <translation>Các bài cần xuất</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Vàng</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Xanh lá</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Xanh dương</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Hồng</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Tím</translation>
    </message>
    <message>
        <source>Tags to export</source>
        <translation>Các thẻ cần xuất</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Person or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author of highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished">Vàng</translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished">Xanh lá</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished">Xanh dương</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished">Hồng</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished">Tím</translation>
    </message>
    <message>
        <source>All people &amp; organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article (diacritics optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Chú Giải</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished">Tên của bạn</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What name should your highlights and notes carry? Trainees and colleagues see it when you share your work. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library (left): the articles. Click one to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader (centre): select text and press 1–5 to highlight it in a colour; N adds a note; Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: Notes lists your highlights; People &amp; organizations lists who and what the article mentions — click one to see where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import annotations</source>
        <translation>Nhập chú thích</translation>
    </message>
    <message>
        <source>%1 — from %2, made %3</source>
        <translation>%1 — của %2, tạo ngày %3</translation>
    </message>
    <message>
        <source>an unknown author</source>
        <translation>người không rõ tên</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xoá</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Conflicts (both versions kept)</source>
        <translation>Xung đột (giữ cả hai bản)</translation>
    </message>
    <message>
        <source>Not found in the text (kept, listed)</source>
        <translation>Không tìm thấy trong bài (vẫn giữ, có liệt kê)</translation>
    </message>
    <message>
        <source>New articles</source>
        <translation>Bài mới</translation>
    </message>
    <message>
        <source>Conflicts and highlights not found</source>
        <translation>Xung đột và đánh dấu không tìm thấy</translation>
    </message>
    <message>
        <source>Conflict: “%1”</source>
        <translation>Xung đột: “%1”</translation>
    </message>
    <message>
        <source>Not found in the text: “%1”</source>
        <translation>Không tìm thấy trong bài: “%1”</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Everything in this file is here already.</source>
        <translation>Mọi thứ trong tệp này đã có ở đây.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Search titles, text and notes (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diacritics optional: “phu nu” finds “phụ nữ”. Put words in quotes to find them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only articles with a person or organization, a highlight colour, a tag, an author or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, source and date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n highlight(s))</source>
        <translation>
            <numerusform>(%n đoạn tô sáng)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match the filters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Fewer words, or other spellings, may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from the library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n highlight(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n note(s) are deleted with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this until you close Chú Giải.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chú Giải — Vietnamese article reader</source>
        <translation>Chú Giải — đọc và chú giải bài viết tiếng Việt</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Nội dung bài viết</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>People &amp;&amp; organizations</source>
        <translation>Người &amp;&amp; tổ chức</translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People &amp; organizations: %v/%m</source>
        <translation>Người &amp; tổ chức: %v/%m</translation>
    </message>
    <message>
        <source>Progress of finding people and organizations</source>
        <translation>Tiến độ tìm người và tổ chức</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Vàng</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Xanh lá</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Xanh dương</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Hồng</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Tím</translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation>Tô sáng màu %1</translation>
    </message>
    <message>
        <source>Highlight the selection in %1 (%2 or %3)</source>
        <translation>Tô sáng đoạn đã chọn bằng màu %1 (%2 hoặc %3)</translation>
    </message>
    <message>
        <source>Mark as person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Chữ lớn hơn</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Chữ nhỏ hơn</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Cỡ chữ mặc định</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Tô sáng</translation>
    </message>
    <message>
        <source>Select some text first, then highlight it.</source>
        <translation>Hãy chọn một đoạn văn bản trước rồi tô sáng.</translation>
    </message>
    <message>
        <source>Select a name in the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight deleted — Ctrl+Z brings it back.</source>
        <translation>Đã xóa đoạn tô sáng — nhấn Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <source>Select text or click a highlight to add a note.</source>
        <translation>Chọn văn bản hoặc bấm vào một đoạn tô sáng để thêm ghi chú.</translation>
    </message>
    <message>
        <source>Could not find people and organizations: %1</source>
        <translation>Không tìm được người và tổ chức: %1</translation>
    </message>
    <message>
        <source>Stopped finding people and organizations.</source>
        <translation>Đã dừng tìm người và tổ chức.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Highlights of this article</source>
        <translation>Các đoạn tô sáng của bài này</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and press 1–5 to highlight it.</source>
        <translation>Chưa có đoạn tô sáng nào. Chọn văn bản trong bài rồi nhấn phím 1–5 để tô sáng.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Tô sáng</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Màu %1</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Viết ghi chú…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>nhãn, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Xóa đoạn tô sáng</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
</context>
<context>
    <name>OpenFailedDialog</name>
    <message>
        <source>The data file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished">Thoát</translation>
    </message>
    <message>
        <source>Backups, newest first. Restoring keeps the current file beside it, renamed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this data folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is damaged. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder cannot be written to (%1). Ask IT for write access to it, or start Chú Giải with another data folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then start Chú Giải again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is holding the data file. Close it and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file cannot be opened. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Edit highlight…</source>
        <translation>Sửa đoạn tô sáng…</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Xóa đoạn tô sáng</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, shown on your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished">Tên của bạn</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line s&amp;pacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong. Your work so far is saved.

A report for IT: %1</source>
        <translation>Đã xảy ra lỗi. Những gì bạn làm đến giờ đã được lưu.

Báo cáo gửi bộ phận IT: %1</translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Sửa</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
