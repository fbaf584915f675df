<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
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
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message numerus="yes">
        <source>(%n highlight(s))</source>
        <translation>
            <numerusform>(%n đoạn tô sáng)</numerusform>
        </translation>
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
        <source>About Chú Giải</source>
        <translation>Giới thiệu Chú Giải</translation>
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
        <source>Highlight deleted — Ctrl+Z brings it back.</source>
        <translation>Đã xóa đoạn tô sáng — nhấn Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <source>Select text or click a highlight to add a note.</source>
        <translation>Chọn văn bản hoặc bấm vào một đoạn tô sáng để thêm ghi chú.</translation>
    </message>
    <message>
        <source>Chú Giải %1
Offline reader and annotator for Vietnamese articles.

Data folder: %2</source>
        <translation>Chú Giải %1
Đọc và chú giải bài viết tiếng Việt, không cần mạng.

Thư mục dữ liệu: %2</translation>
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
    <message>
        <source>by %1</source>
        <translation>của %1</translation>
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
    <name>app</name>
    <message>
        <source>Something went wrong. Your work so far is saved.

A report for IT: %1</source>
        <translation>Đã xảy ra lỗi. Những gì bạn làm đến giờ đã được lưu.

Báo cáo gửi bộ phận IT: %1</translation>
    </message>
    <message>
        <source>The data file cannot be opened. Nothing was changed.

%1</source>
        <translation>Không mở được tệp dữ liệu. Không có gì bị thay đổi.

%1</translation>
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
</TS>
