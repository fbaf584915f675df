<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Chú Giải</source>
        <translation>Giới thiệu Chú Giải</translation>
    </message>
    <message>
        <source>Offline reader and annotator for Vietnamese articles. Nothing you read or write leaves this computer.</source>
        <translation>Đọc và chú giải bài viết tiếng Việt, không cần mạng. Mọi thứ bạn đọc hay viết đều không rời khỏi máy tính này.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Licences of bundled components</source>
        <translation>Giấy phép của các thành phần đi kèm</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>%1 (and their language models)</source>
        <translation>%1 (kèm các mô hình ngôn ngữ)</translation>
    </message>
    <message>
        <source>%1 font</source>
        <translation>Phông chữ %1</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Phạm vi công cộng</translation>
    </message>
</context>
<context>
    <name>ArticleDetailsDialog</name>
    <message>
        <source>Title, source and date</source>
        <translation>Tiêu đề, nguồn và ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>e.g. a newspaper or a web address</source>
        <translation>Ví dụ: tên báo hoặc địa chỉ trang web</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>năm-tháng-ngày (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Bài viết cần có tiêu đề.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD (or YYYY-MM, or YYYY).</source>
        <translation>Hãy ghi ngày theo dạng năm-tháng-ngày: YYYY-MM-DD (hoặc YYYY-MM, hoặc YYYY).</translation>
    </message>
</context>
<context>
    <name>Colors</name>
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
</context>
<context>
    <name>ComfortController</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>About Chú Giải</source>
        <translation>Giới thiệu Chú Giải</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>Báo lỗi…</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Nâu nhạt</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Màu giao diện</translation>
    </message>
    <message>
        <source>The articles in your library. Enter opens one.</source>
        <translation>Các bài viết trong thư viện của bạn. Nhấn Enter để mở một bài.</translation>
    </message>
    <message>
        <source>The article. Select text, then press 1 to 5 to highlight it, N to add a note, Delete to remove the highlight under the cursor.</source>
        <translation>Nội dung bài viết. Chọn văn bản rồi nhấn phím 1 đến 5 để tô sáng, N để thêm ghi chú, Delete để xóa đoạn tô sáng tại con trỏ.</translation>
    </message>
    <message>
        <source>Your highlights in text order. Enter shows one in the article.</source>
        <translation>Các đoạn tô sáng của bạn theo thứ tự trong bài. Nhấn Enter để xem đoạn đó trong bài.</translation>
    </message>
    <message>
        <source>The note of the chosen highlight; it is saved as you type.</source>
        <translation>Ghi chú của đoạn tô sáng đang chọn; được lưu ngay khi bạn gõ.</translation>
    </message>
    <message>
        <source>Tags of the chosen highlight, separated by commas.</source>
        <translation>Nhãn của đoạn tô sáng đang chọn, cách nhau bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>People and organizations in this article. Enter marks where one is mentioned.</source>
        <translation>Người và tổ chức trong bài này. Nhấn Enter để đánh dấu những chỗ nhắc đến mục đang chọn.</translation>
    </message>
    <message>
        <source>Notes, and people and organizations</source>
        <translation>Ghi chú; người và tổ chức</translation>
    </message>
    <message>
        <source>Highlight the selection in colour 1–5</source>
        <translation>Tô sáng đoạn đã chọn bằng màu 1–5</translation>
    </message>
    <message>
        <source>Add a note to the selection or highlight</source>
        <translation>Thêm ghi chú cho đoạn đã chọn hoặc đoạn tô sáng</translation>
    </message>
    <message>
        <source>Delete the highlight under the cursor</source>
        <translation>Xóa đoạn tô sáng tại con trỏ</translation>
    </message>
    <message>
        <source>Move between panels</source>
        <translation>Chuyển giữa các khung</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Save a problem report</source>
        <translation>Lưu báo cáo lỗi</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Tệp ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Báo lỗi</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Không lưu được báo cáo: %1</translation>
    </message>
    <message>
        <source>Report saved to %1 — send it to IT.</source>
        <translation>Đã lưu báo cáo vào %1 — hãy gửi cho bộ phận IT.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts and highlights not found</source>
        <translation>Xung đột và đoạn tô sáng không tìm thấy</translation>
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
        <source>Undo the last title choice</source>
        <translation>Hoàn tác lựa chọn tên bài vừa rồi</translation>
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
        <translation>(đã xóa)</translation>
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
        <translation>Nhãn: %1</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>Của %1, %2</translation>
    </message>
    <message>
        <source>Your title</source>
        <translation>Tên bài do bạn đặt</translation>
    </message>
    <message>
        <source>The team&apos;s title</source>
        <translation>Tên bài của nhóm</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Đặt lúc %1</translation>
    </message>
    <message>
        <source>Title: “%1” or “%2”</source>
        <translation>Tên bài: “%1” hay “%2”</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Xung đột (%1)</translation>
    </message>
    <message>
        <source>Not found in the text (%1)</source>
        <translation>Không tìm thấy trong bài (%1)</translation>
    </message>
    <message>
        <source>The choice of title</source>
        <translation>Lựa chọn tên bài</translation>
    </message>
    <message>
        <source>The undo</source>
        <translation>Thao tác hoàn tác</translation>
    </message>
</context>
<context>
    <name>EntityIndex</name>
    <message>
        <source>Filter names</source>
        <translation>Lọc tên</translation>
    </message>
    <message>
        <source>Filter people and organizations</source>
        <translation>Lọc người và tổ chức</translation>
    </message>
    <message>
        <source>Type part of a name; diacritics are optional.</source>
        <translation>Gõ một phần của tên; không cần gõ dấu.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Số bài</translation>
    </message>
    <message>
        <source>All people and organizations</source>
        <translation>Tất cả người và tổ chức</translation>
    </message>
    <message>
        <source>Every person and organization in the library, with the number of articles. Enter lists the articles.</source>
        <translation>Mọi người và tổ chức trong thư viện, kèm số bài. Nhấn Enter để xem danh sách bài.</translation>
    </message>
    <message>
        <source>Articles mentioning the chosen name</source>
        <translation>Các bài nhắc đến tên đang chọn</translation>
    </message>
    <message>
        <source>Enter opens the article with the name marked.</source>
        <translation>Nhấn Enter để mở bài, tên được đánh dấu trong bài.</translation>
    </message>
    <message>
        <source>Names you marked as not a name in any article: see them and show them again</source>
        <translation>Những tên bạn đã đánh dấu là không phải tên trong mọi bài: xem và cho hiện lại</translation>
    </message>
    <message numerus="yes">
        <source>Hidden (%n)…</source>
        <translation>
            <numerusform>Đã ẩn (%n)…</numerusform>
        </translation>
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
        <source>Choose a name to see the articles that mention it.</source>
        <translation>Chọn một tên để xem các bài nhắc đến tên đó.</translation>
    </message>
    <message>
        <source>Articles mentioning %1:</source>
        <translation>Các bài nhắc đến %1:</translation>
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
        <source>Remove the orange marks from the article</source>
        <translation>Bỏ các dấu màu cam trong bài</translation>
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
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <source>There is nothing of the same kind to merge into.</source>
        <translation>Không có mục nào cùng loại để gộp vào.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Gộp “%1” vào:</translation>
    </message>
    <message>
        <source>Split off a spelling</source>
        <translation>Tách một cách viết</translation>
    </message>
    <message>
        <source>Make this spelling a separate entry:</source>
        <translation>Tách cách viết này thành một mục riêng:</translation>
    </message>
    <message>
        <source>“%1” is hidden in every article. Index → Hidden… shows it again.</source>
        <translation>“%1” đã được ẩn trong mọi bài. Chỉ mục → Đã ẩn… cho hiện lại.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Gộp vào…</translation>
    </message>
    <message>
        <source>Split off a spelling…</source>
        <translation>Tách một cách viết…</translation>
    </message>
    <message>
        <source>Not a name in this article</source>
        <translation>Không phải tên trong bài này</translation>
    </message>
    <message>
        <source>Not a name in any article</source>
        <translation>Không phải tên trong mọi bài</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>This is not a .chugiai bundle (the file is not a zip archive).</source>
        <translation>Đây không phải gói .chugiai (tệp không phải tệp nén zip).</translation>
    </message>
    <message>
        <source>This is not a .chugiai bundle (it has no manifest.json).</source>
        <translation>Đây không phải gói .chugiai (thiếu manifest.json).</translation>
    </message>
    <message>
        <source>This is not a Chú Giải bundle (its format is unknown).</source>
        <translation>Đây không phải gói Chú Giải (định dạng không rõ).</translation>
    </message>
    <message>
        <source>A newer Chú Giải made this bundle (version %1; this app reads version %2). Update the app to import it.</source>
        <translation>Gói này do một bản Chú Giải mới hơn tạo ra (phiên bản %1; ứng dụng này đọc phiên bản %2). Hãy cập nhật ứng dụng để nhập.</translation>
    </message>
    <message>
        <source>The bundle is larger than this app accepts.</source>
        <translation>Gói lớn hơn mức ứng dụng chấp nhận.</translation>
    </message>
    <message>
        <source>The bundle is damaged or was changed after it was made.</source>
        <translation>Gói bị hỏng hoặc đã bị sửa sau khi tạo.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
        <source>This is a folder, not a bundle.</source>
        <translation>Đây là thư mục, không phải gói.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <source>This is a pipe or a device, not a file.</source>
        <translation>Đây là một đường ống (pipe) hoặc một thiết bị, không phải tệp.</translation>
    </message>
    <message>
        <source>The bundle is damaged or was not made by Chú Giải.</source>
        <translation>Gói bị hỏng hoặc không do Chú Giải tạo ra.</translation>
    </message>
    <message>
        <source>Files of type %1 are not supported (supported: .txt, .md, .html, .docx).</source>
        <translation>Không hỗ trợ tệp loại %1 (hỗ trợ: .txt, .md, .html, .docx).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Đây là một thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>The file is too large (the limit is %1).</source>
        <translation>Tệp quá lớn (giới hạn là %1).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>This is not a text document (supported: .txt, .md, .html, .docx).</source>
        <translation>Đây không phải tài liệu văn bản (hỗ trợ: .txt, .md, .html, .docx).</translation>
    </message>
    <message>
        <source>The text is damaged and cannot be read.</source>
        <translation>Văn bản bị hỏng, không đọc được.</translation>
    </message>
    <message>
        <source>The page&apos;s markup is nested too deeply to be read.</source>
        <translation>Mã của trang lồng nhau quá sâu, không đọc được.</translation>
    </message>
    <message>
        <source>The Word document is protected with a password; save it without a password and add it again.</source>
        <translation>Tài liệu Word được bảo vệ bằng mật khẩu; hãy lưu lại không có mật khẩu rồi thêm lại.</translation>
    </message>
    <message>
        <source>The Word document is damaged or in a form this app cannot read.</source>
        <translation>Tài liệu Word bị hỏng hoặc ở dạng ứng dụng này không đọc được.</translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation>Tệp không có văn bản nào.</translation>
    </message>
    <message>
        <source>The file holds no visible text (only spaces and invisible characters).</source>
        <translation>Tệp không có chữ nào nhìn thấy được (chỉ có khoảng trắng và ký tự vô hình).</translation>
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
        <translation>Xung đột và đoạn tô sáng không tìm thấy…</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Người viết</translation>
    </message>
    <message>
        <source>Show or hide each author&apos;s highlights</source>
        <translation>Hiện hoặc ẩn đoạn tô sáng của từng người</translation>
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
        <source>Bundles and REFI-QDA projects (*.chugiai *.qdpx)</source>
        <translation>Tệp Chú Giải và dự án REFI-QDA (*.chugiai *.qdpx)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Reading the file and planning the import…</source>
        <translation>Đang đọc tệp và chuẩn bị nhập…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Đã hủy nhập. Không có gì bị thay đổi.</translation>
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
        <translation>Chú thích có màu và nhãn đã chọn:</translation>
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
        <translation>Các nhãn cần xuất</translation>
    </message>
    <message>
        <source>Include my corrections of people and organizations (renamed, merged, split, not a name, marked)</source>
        <translation>Kèm các chỉnh sửa của tôi về người và tổ chức (đổi tên, gộp, tách, không phải tên, đánh dấu)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
</context>
<context>
    <name>ExtractionController</name>
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
    <name>FilterBar</name>
    <message>
        <source>Person or organization</source>
        <translation>Người hoặc tổ chức</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Màu tô sáng</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Author of highlights</source>
        <translation>Người tô sáng</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Có ghi chú</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
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
        <source>All people &amp; organizations</source>
        <translation>Tất cả người &amp; tổ chức</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Mọi màu</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Mọi nhãn</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Bất kỳ ai</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article (diacritics optional)</source>
        <translation>Tìm trong bài này (không cần gõ dấu)</translation>
    </message>
    <message>
        <source>Find in this article</source>
        <translation>Tìm trong bài này</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter, Shift+F3)</source>
        <translation>Kết quả trước (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next hit (Enter, F3)</source>
        <translation>Kết quả tiếp (Enter, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Không có kết quả</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Chú Giải</source>
        <translation>Chào mừng bạn đến với Chú Giải</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>Ví dụ: Nguyễn Thị Lan</translation>
    </message>
    <message>
        <source>What name should your highlights and notes carry? Trainees and colleagues see it when you share your work. You can change it later in Settings.</source>
        <translation>Các đoạn tô sáng và ghi chú của bạn sẽ mang tên gì? Học viên và đồng nghiệp sẽ thấy tên này khi bạn chia sẻ. Bạn có thể đổi tên sau trong Cài đặt.</translation>
    </message>
    <message>
        <source>Library (left): the articles. Click one to read it.</source>
        <translation>Thư viện (bên trái): các bài viết. Bấm vào một bài để đọc.</translation>
    </message>
    <message>
        <source>Reader (centre): select text and press 1–5 to highlight it in a colour; N adds a note; Ctrl+Z undoes.</source>
        <translation>Khung đọc (ở giữa): chọn văn bản rồi nhấn 1–5 để tô sáng bằng một màu; N để thêm ghi chú; Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>Right: Notes lists your highlights; People &amp; organizations lists who and what the article mentions — click one to see where.</source>
        <translation>Bên phải: Ghi chú liệt kê các đoạn tô sáng của bạn; Người &amp; tổ chức liệt kê những người và tổ chức được nhắc đến trong bài — bấm vào một mục để xem vị trí.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Start reading</source>
        <translation>Bắt đầu đọc</translation>
    </message>
</context>
<context>
    <name>HiddenNamesDialog</name>
    <message>
        <source>Hidden names</source>
        <translation>Tên đã ẩn</translation>
    </message>
    <message>
        <source>Names you marked as not a name in any article. They stay hidden when articles are read again, until you show them again here.</source>
        <translation>Những tên bạn đã đánh dấu là không phải tên trong mọi bài. Chúng vẫn bị ẩn khi các bài được đọc lại, cho đến khi bạn cho hiện lại ở đây.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Hiện lại</translation>
    </message>
    <message>
        <source>List this name again in every article that mentions it</source>
        <translation>Liệt kê lại tên này trong mọi bài có nhắc đến nó</translation>
    </message>
    <message>
        <source>person</source>
        <translation>người</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>tổ chức</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n article(s)</source>
        <translation>
            <numerusform>%1 — %2, %n bài</numerusform>
        </translation>
    </message>
    <message>
        <source>No hidden names.</source>
        <translation>Không có tên nào bị ẩn.</translation>
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
        <source>on an unknown date</source>
        <translation>không rõ ngày</translation>
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
        <translation>Đã xóa</translation>
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
        <source>Stamped in the future (not trusted: kept as conflicts, or stamped with today&apos;s date)</source>
        <translation>Ghi thời điểm ở tương lai (không tin: giữ làm xung đột, hoặc ghi ngày hôm nay)</translation>
    </message>
    <message>
        <source>Name corrections taken</source>
        <translation>Chỉnh sửa tên được nhận</translation>
    </message>
    <message>
        <source>Name corrections in conflict (the newer decision is kept)</source>
        <translation>Chỉnh sửa tên xung đột (giữ quyết định mới hơn)</translation>
    </message>
    <message>
        <source>Articles left out (no annotation points to them)</source>
        <translation>Bài bị bỏ qua (không chú thích nào trỏ đến)</translation>
    </message>
    <message>
        <source>Conflicts and highlights not found</source>
        <translation>Xung đột và đoạn tô sáng không tìm thấy</translation>
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
        <source>Name: “%1” kept, “%2” set aside</source>
        <translation>Tên: giữ “%1”, để riêng “%2”</translation>
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
        <translation>Tìm trong thư viện</translation>
    </message>
    <message>
        <source>Find in this article…</source>
        <translation>Tìm trong bài này…</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Tìm kết quả tiếp</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Tìm kết quả trước</translation>
    </message>
    <message>
        <source>Add documents…</source>
        <translation>Thêm tài liệu…</translation>
    </message>
    <message>
        <source>Add a folder of documents…</source>
        <translation>Thêm thư mục tài liệu…</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Thêm tài liệu</translation>
    </message>
    <message>
        <source>Documents (%1);;All files (*)</source>
        <translation>Tài liệu (%1);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Add a folder of documents</source>
        <translation>Thêm thư mục tài liệu</translation>
    </message>
    <message>
        <source>Adding documents…</source>
        <translation>Đang thêm tài liệu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Adding documents failed: %1</source>
        <translation>Không thêm được tài liệu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation>
            <numerusform>Đã thêm %n tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n tài liệu đã có trong thư viện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not added</source>
        <translation>
            <numerusform>%n tài liệu không thêm được</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n tệp khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Một số tệp không thêm được</translation>
    </message>
    <message>
        <source>Check these documents</source>
        <translation>Hãy kiểm tra các tài liệu này</translation>
    </message>
    <message>
        <source>its lines are in more than one encoding; each line was read in its own — check the text</source>
        <translation>các dòng của tệp dùng nhiều hơn một bảng mã; mỗi dòng đã được đọc theo bảng mã của nó — hãy kiểm tra lại văn bản</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Search… (Ctrl+K)</source>
        <translation>Tìm kiếm… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search titles, text and notes (Ctrl+K)</source>
        <translation>Tìm tiêu đề, nội dung và ghi chú (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Tìm trong thư viện</translation>
    </message>
    <message>
        <source>Diacritics optional: “phu nu” finds “phụ nữ”. Put words in quotes to find them side by side.</source>
        <translation>Không cần gõ dấu: “phu nu” sẽ tìm ra “phụ nữ”. Đặt các từ trong ngoặc kép để tìm các từ đứng liền nhau.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <source>Show only articles with a person or organization, a highlight colour, a tag, an author or notes</source>
        <translation>Chỉ hiện các bài theo người hoặc tổ chức, màu tô sáng, nhãn, người tô sáng, hoặc bài có ghi chú</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Hoàn tác xóa</translation>
    </message>
    <message>
        <source>Title, source and date…</source>
        <translation>Tiêu đề, nguồn và ngày…</translation>
    </message>
    <message>
        <source>Delete article…</source>
        <translation>Xóa bài viết…</translation>
    </message>
    <message numerus="yes">
        <source>(%n highlight(s))</source>
        <translation>
            <numerusform>(%n đoạn tô sáng)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match the filters</source>
        <translation>
            <numerusform>%n bài khớp với bộ lọc</numerusform>
        </translation>
    </message>
    <message>
        <source>left the team library</source>
        <translation>đã rời thư viện nhóm</translation>
    </message>
    <message>
        <source>No longer in the team library — your copy is kept</source>
        <translation>Không còn trong thư viện nhóm — bản của bạn được giữ lại</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n bài</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Fewer words, or other spellings, may help.</source>
        <translation>Không tìm thấy gì. Hãy thử bớt từ hoặc viết theo cách khác.</translation>
    </message>
    <message>
        <source>Undo delete of “%1”</source>
        <translation>Hoàn tác xóa “%1”</translation>
    </message>
    <message>
        <source>Delete “%1” from the library?</source>
        <translation>Xóa “%1” khỏi thư viện?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n highlight(s)</source>
        <translation>
            <numerusform>Bài có %n đoạn tô sáng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n note(s) are deleted with it.</source>
        <translation>
            <numerusform>và %n ghi chú; chúng sẽ bị xóa cùng bài.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this until you close Chú Giải.</source>
        <translation>Bạn có thể hoàn tác việc này cho đến khi đóng Chú Giải.</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Xóa bài viết</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Đã xóa “%1”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <translation>Chỉ mục</translation>
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
        <translation>Đánh dấu là người</translation>
    </message>
    <message>
        <source>Mark as organization</source>
        <translation>Đánh dấu là tổ chức</translation>
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
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>shared by %1 (team), %2</source>
        <translation>%1 chia sẻ (nhóm), %2</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>của %1, %2</translation>
    </message>
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
        <source>Delete this highlight with its note (Delete); Ctrl+Z brings it back</source>
        <translation>Xóa đoạn tô sáng này cùng ghi chú (Delete); nhấn Ctrl+Z để khôi phục</translation>
    </message>
    <message>
        <source>Copy into my notes</source>
        <translation>Chép vào ghi chú của tôi</translation>
    </message>
    <message>
        <source>Make this teammate&apos;s highlight, note and tags a highlight of your own, which you can change</source>
        <translation>Chép đoạn tô sáng, ghi chú và thẻ của đồng đội thành đoạn tô sáng của riêng bạn, bạn có thể sửa</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>A teammate&apos;s highlight (read-only)</source>
        <translation>Đoạn tô sáng của đồng đội (chỉ đọc)</translation>
    </message>
    <message>
        <source>The colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Note NOT saved: %1. It is kept here; press Retry to save it.</source>
        <translation>Ghi chú CHƯA được lưu: %1. Ghi chú vẫn được giữ ở đây; nhấn Thử lại để lưu.</translation>
    </message>
    <message>
        <source>The tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Deleting the highlight</source>
        <translation>Việc xóa đoạn tô sáng</translation>
    </message>
</context>
<context>
    <name>OpenFailedDialog</name>
    <message>
        <source>The data file is damaged</source>
        <translation>Tệp dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>The data file cannot be opened</source>
        <translation>Không mở được tệp dữ liệu</translation>
    </message>
    <message>
        <source>The data file is damaged. Nothing more is written to it: what you see is what was saved. Restore a backup in its place, or keep reading.</source>
        <translation>Tệp dữ liệu bị hỏng. Từ giờ không ghi thêm gì vào tệp này: những gì bạn thấy là những gì đã được lưu. Hãy khôi phục một bản sao lưu thay cho tệp, hoặc tiếp tục đọc.</translation>
    </message>
    <message>
        <source>Technical detail, for IT: %1</source>
        <translation>Chi tiết kỹ thuật, dành cho bộ phận IT: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Keep reading</source>
        <translation>Tiếp tục đọc</translation>
    </message>
    <message>
        <source>Backups, newest first. Restoring keeps the current file beside it, renamed:</source>
        <translation>Các bản sao lưu, mới nhất ở trên. Khi khôi phục, tệp hiện tại vẫn được giữ lại bên cạnh, với tên mới:</translation>
    </message>
    <message>
        <source>There is no backup of this data folder yet.</source>
        <translation>Thư mục dữ liệu này chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>The data file is damaged. Nothing was changed.</source>
        <translation>Tệp dữ liệu bị hỏng. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to (%1). Ask IT for write access to it, or start Chú Giải with another data folder. Nothing was changed.</source>
        <translation>Không ghi được vào thư mục dữ liệu (%1). Hãy nhờ bộ phận IT cấp quyền ghi, hoặc mở Chú Giải với một thư mục dữ liệu khác. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then start Chú Giải again. Nothing was changed.</source>
        <translation>Ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng rồi mở lại Chú Giải. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Another program is holding the data file. Close it and try again. Nothing was changed.</source>
        <translation>Một chương trình khác đang giữ tệp dữ liệu. Hãy đóng chương trình đó rồi thử lại. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The data file cannot be opened. Nothing was changed.</source>
        <translation>Không mở được tệp dữ liệu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was changed.

%1</source>
        <translation>Không khôi phục được bản sao lưu. Không có gì bị thay đổi.

%1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Lùi</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang xem dạng danh sách</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang xem chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Cỡ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ qua thay đổi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
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
    <name>ReadingController</name>
    <message>
        <source>Select some text first, then highlight it.</source>
        <translation>Hãy chọn một đoạn văn bản trước rồi tô sáng.</translation>
    </message>
    <message>
        <source>The highlight</source>
        <translation>Đoạn tô sáng</translation>
    </message>
    <message>
        <source>Select a name in the text first.</source>
        <translation>Hãy chọn một tên trong bài trước.</translation>
    </message>
    <message>
        <source>No highlight here to delete: put the cursor in a highlight first.</source>
        <translation>Không có đoạn tô sáng nào ở đây để xóa: hãy đặt con trỏ vào một đoạn tô sáng trước.</translation>
    </message>
    <message>
        <source>Deleting the highlight</source>
        <translation>Việc xóa đoạn tô sáng</translation>
    </message>
    <message>
        <source>Highlight deleted — Ctrl+Z brings it back.</source>
        <translation>Đã xóa đoạn tô sáng — nhấn Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <source>Select text or click a highlight to add a note.</source>
        <translation>Chọn văn bản hoặc bấm vào một đoạn tô sáng để thêm ghi chú.</translation>
    </message>
</context>
<context>
    <name>RefiImport</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>âm thanh</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>hình ảnh</translation>
    </message>
    <message>
        <source>external file</source>
        <translation>tệp bên ngoài</translation>
    </message>
    <message>
        <source>note without a place in a text</source>
        <translation>ghi chú không gắn với đoạn văn nào</translation>
    </message>
    <message>
        <source>empty selection</source>
        <translation>vùng chọn rỗng</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation>văn bản rỗng</translation>
    </message>
    <message>
        <source>other source</source>
        <translation>nguồn khác</translation>
    </message>
    <message>
        <source> — left out: %1</source>
        <translation> — bỏ qua: %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report a problem</source>
        <translation>Báo lỗi</translation>
    </message>
    <message>
        <source>The report is a zip file for IT: the app&apos;s log and the versions of the app, Qt and the system. Your articles, highlights and notes are never in it.</source>
        <translation>Báo cáo là một tệp zip gửi bộ phận IT: nhật ký của ứng dụng và phiên bản của ứng dụng, Qt và hệ thống. Bài viết, đoạn tô sáng và ghi chú của bạn không bao giờ có trong đó.</translation>
    </message>
    <message>
        <source>What happened? What were you doing? (optional)</source>
        <translation>Chuyện gì đã xảy ra? Bạn đang làm gì? (không bắt buộc)</translation>
    </message>
    <message>
        <source>Description of the problem</source>
        <translation>Mô tả lỗi</translation>
    </message>
    <message>
        <source>Add what I wrote above to the report</source>
        <translation>Đưa nội dung tôi viết ở trên vào báo cáo</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Lưu báo cáo…</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>In a note:</source>
        <translation>Trong ghi chú:</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The copy</source>
        <translation>Bản chép</translation>
    </message>
    <message>
        <source>Dismissing the notice</source>
        <translation>Việc ẩn thông báo</translation>
    </message>
    <message>
        <source>The undo</source>
        <translation>Thao tác hoàn tác</translation>
    </message>
    <message>
        <source>The redo</source>
        <translation>Thao tác làm lại</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần mở tiếp theo.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Nâu nhạt</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Màu giao diện</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>Phông chữ đọc</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Giãn dòng</translation>
    </message>
    <message>
        <source>Reading width</source>
        <translation>Độ rộng dòng</translation>
    </message>
    <message>
        <source>Full width</source>
        <translation>Rộng tối đa</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> ký tự</translation>
    </message>
    <message>
        <source>Your name, shown on your notes</source>
        <translation>Tên của bạn, hiện trên các ghi chú của bạn</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Màu giao diện</translation>
    </message>
    <message>
        <source>Reading &amp;font</source>
        <translation>&amp;Phông chữ đọc</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Cỡ chữ</translation>
    </message>
    <message>
        <source>Line s&amp;pacing</source>
        <translation>&amp;Giãn dòng</translation>
    </message>
    <message>
        <source>Reading &amp;width</source>
        <translation>Độ &amp;rộng dòng</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Tên của bạn</translation>
    </message>
</context>
<context>
    <name>SharedNotesDialog</name>
    <message>
        <source>Team highlights</source>
        <translation>Tô sáng của nhóm</translation>
    </message>
    <message>
        <source>Highlights your team shares on this article. They are read-only; copy one to make it yours.</source>
        <translation>Các đoạn tô sáng nhóm chia sẻ trong bài này. Chỉ xem được; chép một đoạn để thành của bạn.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Copy to my notes</source>
        <translation>Chép vào ghi chú của tôi</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
</context>
<context>
    <name>StoreFaults</name>
    <message>
        <source>the disk is full. Free some space, then try again</source>
        <translation>ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng rồi thử lại</translation>
    </message>
    <message>
        <source>another program is holding the data file. Try again in a moment</source>
        <translation>một chương trình khác đang giữ tệp dữ liệu. Hãy thử lại sau giây lát</translation>
    </message>
    <message>
        <source>the data folder cannot be written to</source>
        <translation>không ghi được vào thư mục dữ liệu</translation>
    </message>
    <message>
        <source>the data file could not be written</source>
        <translation>không ghi được tệp dữ liệu</translation>
    </message>
    <message>
        <source>the data file is damaged</source>
        <translation>tệp dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>the data file cannot be used</source>
        <translation>không dùng được tệp dữ liệu</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>%1 was NOT saved: %2.

Everything saved before it is kept.</source>
        <translation>%1 CHƯA được lưu: %2.

Mọi thứ đã lưu trước đó vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The note in the editor was NOT saved. Close anyway and lose it?</source>
        <translation>Ghi chú đang viết CHƯA được lưu. Vẫn đóng và bỏ ghi chú đó?</translation>
    </message>
    <message>
        <source>The last change was NOT saved: %1.

Everything saved before it is kept.</source>
        <translation>Thay đổi vừa rồi CHƯA được lưu: %1.

Mọi thứ đã lưu trước đó vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The data file cannot be opened</source>
        <translation>Không mở được tệp dữ liệu</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Đã khôi phục bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Team library: not synced yet</source>
        <translation>Thư viện nhóm: chưa đồng bộ</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Show the team&apos;s</source>
        <translation>Hiện của nhóm</translation>
    </message>
    <message>
        <source>Show or hide your team&apos;s shared highlights beside yours (read-only, underlined in each author&apos;s colour)</source>
        <translation>Hiện hoặc ẩn các đoạn tô sáng nhóm chia sẻ bên cạnh của bạn (chỉ đọc, gạch chân theo màu của từng người)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message numerus="yes">
        <source>Team: %n highlight(s)</source>
        <translation>
            <numerusform>Nhóm: %n đoạn tô sáng</numerusform>
        </translation>
    </message>
    <message>
        <source>Team library: synced %1</source>
        <translation>Thư viện nhóm: đã đồng bộ lúc %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) left the team library, your copy kept</source>
        <translation>
            <numerusform>%n bài đã rời thư viện nhóm, bản của bạn được giữ lại</numerusform>
        </translation>
    </message>
    <message>
        <source>No longer in the team library — your copy is kept:</source>
        <translation>Không còn trong thư viện nhóm — bản của bạn được giữ lại:</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) edited both by you and by a trainer: both kept, pick one in the conflict review</source>
        <translation>
            <numerusform>%n tên bài được cả bạn và giảng viên sửa: giữ cả hai, hãy chọn một trong phần xem xung đột</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review %n conflict(s)</source>
        <translation>
            <numerusform>Xem %n xung đột</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: %1 · Received: %2 new, %3 updated, %4 deleted · Conflicts: %5 · Articles: %6 · Shared by teammates: %7</source>
        <translation>Đã gửi: %1 · Đã nhận: %2 mới, %3 cập nhật, %4 đã xoá · Xung đột: %5 · Bài: %6 · Đồng đội chia sẻ: %7</translation>
    </message>
    <message>
        <source>Refused from the server: %1 rows</source>
        <translation>Từ chối %1 dòng từ máy chủ</translation>
    </message>
    <message>
        <source>Team library: password needed (Sync now)</source>
        <translation>Thư viện nhóm: cần mật khẩu (bấm Đồng bộ ngay)</translation>
    </message>
    <message>
        <source>Team library: sync stopped</source>
        <translation>Thư viện nhóm: đã dừng đồng bộ</translation>
    </message>
    <message>
        <source>Team library: offline, will try again</source>
        <translation>Thư viện nhóm: đang ngoại tuyến, sẽ thử lại sau</translation>
    </message>
    <message>
        <source>Team library: certificate problem, not synced</source>
        <translation>Thư viện nhóm: lỗi chứng chỉ, chưa đồng bộ</translation>
    </message>
    <message>
        <source>Team library: not synced</source>
        <translation>Thư viện nhóm: chưa đồng bộ được</translation>
    </message>
    <message>
        <source>Team library</source>
        <translation>Thư viện nhóm</translation>
    </message>
    <message>
        <source>Password for the team server
%1</source>
        <translation>Mật khẩu máy chủ nhóm
%1</translation>
    </message>
</context>
<context>
    <name>TeamPublishController</name>
    <message>
        <source>Publish to a team…</source>
        <translation>Xuất bản lên nhóm…</translation>
    </message>
    <message>
        <source>Share my highlights with a team…</source>
        <translation>Chia sẻ đoạn tô sáng của tôi với nhóm…</translation>
    </message>
    <message>
        <source>Team library</source>
        <translation>Thư viện nhóm</translation>
    </message>
    <message>
        <source>Sync once first: your teams come from the server</source>
        <translation>Hãy đồng bộ một lần trước: danh sách nhóm của bạn lấy từ máy chủ</translation>
    </message>
    <message>
        <source>Only a trainer of a team can publish to it</source>
        <translation>Chỉ giảng viên của nhóm mới xuất bản được lên nhóm đó</translation>
    </message>
    <message>
        <source>Choose articles in the library first</source>
        <translation>Hãy chọn bài trong thư viện trước</translation>
    </message>
    <message>
        <source>Saved: the next sync sends it to “%1”</source>
        <translation>Đã lưu: lần đồng bộ tới sẽ gửi lên nhóm “%1”</translation>
    </message>
</context>
<context>
    <name>TeamPublishDialog</name>
    <message>
        <source>Publish to the team library</source>
        <translation>Xuất bản lên thư viện nhóm</translation>
    </message>
    <message>
        <source>Share my highlights with a team</source>
        <translation>Chia sẻ đoạn tô sáng của tôi với nhóm</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Publish: members receive these articles</source>
        <translation>Xuất bản: các thành viên sẽ nhận được các bài này</translation>
    </message>
    <message>
        <source>Remove from the team library</source>
        <translation>Gỡ khỏi thư viện nhóm</translation>
    </message>
    <message>
        <source>Share my highlights and notes on them too</source>
        <translation>Chia sẻ cả đoạn tô sáng và ghi chú của tôi trên các bài này</translation>
    </message>
    <message>
        <source>Share: members see my highlights and notes, read-only</source>
        <translation>Chia sẻ: các thành viên xem được đoạn tô sáng và ghi chú của tôi (chỉ đọc)</translation>
    </message>
    <message>
        <source>Stop sharing them</source>
        <translation>Thôi chia sẻ</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Nhóm:</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) chosen in the library:</source>
        <translation>
            <numerusform>%n bài đã chọn trong thư viện:</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen articles</source>
        <translation>Các bài đã chọn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <source>At the next sync, %n article(s) go to the library of “%1”: every member receives them on their laptop.</source>
        <translation>
            <numerusform>Ở lần đồng bộ tới, %n bài sẽ vào thư viện của nhóm “%1”: mọi thành viên sẽ nhận được trên máy của mình.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your highlights and notes on them are shared with the members, read-only.</source>
        <translation>Đoạn tô sáng và ghi chú của bạn trên các bài này được chia sẻ với các thành viên (chỉ đọc).</translation>
    </message>
    <message>
        <source>Your highlights and notes on them stay yours.</source>
        <translation>Đoạn tô sáng và ghi chú của bạn trên các bài này vẫn chỉ của riêng bạn.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are already published.</source>
        <translation>
            <numerusform>Trong đó %n bài đã được xuất bản rồi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish %n article(s)</source>
        <translation>
            <numerusform>Xuất bản %n bài</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the next sync, %n article(s) leave the library of “%1” and the members&apos; laptops, except where a member has highlights or notes of their own on one. Your highlights on them are no longer shared.</source>
        <translation>
            <numerusform>Ở lần đồng bộ tới, %n bài sẽ được gỡ khỏi thư viện của nhóm “%1” và khỏi máy của các thành viên, trừ bài mà thành viên đã có đoạn tô sáng hay ghi chú của riêng mình. Đoạn tô sáng của bạn trên các bài này thôi được chia sẻ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n article(s)</source>
        <translation>
            <numerusform>Gỡ %n bài</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the next sync, your highlights and notes on %n article(s) are shared with “%1”: members see them read-only, under your name, and can copy one into their own work.</source>
        <translation>
            <numerusform>Ở lần đồng bộ tới, đoạn tô sáng và ghi chú của bạn trên %n bài sẽ được chia sẻ với nhóm “%1”: các thành viên xem được (chỉ đọc), kèm tên bạn, và có thể chép vào ghi chú của mình.</numerusform>
        </translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Chia sẻ</translation>
    </message>
    <message numerus="yes">
        <source>At the next sync, members of “%1” no longer see your highlights and notes on %n article(s).</source>
        <translation>
            <numerusform>Ở lần đồng bộ tới, các thành viên nhóm “%1” sẽ không còn xem được đoạn tô sáng và ghi chú của bạn trên %n bài.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Thôi chia sẻ</translation>
    </message>
</context>
<context>
    <name>WithdrawnNotice</name>
    <message>
        <source>This article is no longer in the team library — your copy, with your highlights and notes, is kept.</source>
        <translation>Bài này không còn trong thư viện nhóm — bản của bạn, cùng các đoạn tô sáng và ghi chú của bạn, được giữ lại.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đã hiểu</translation>
    </message>
    <message>
        <source>Hide this notice and the article&apos;s mark in the library</source>
        <translation>Ẩn thông báo này và dấu của bài trong thư viện</translation>
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
</TS>
