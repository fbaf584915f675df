"""One-line messages for what goes wrong between a laptop and the team server (no psycopg here)."""

from __future__ import annotations


class SyncError(RuntimeError):
    """A sync or server command cannot go on; `message` is one line for the user, `offline` says
    the server simply could not be reached (shown calmly, tried again later)."""

    def __init__(self, message: str, *, offline: bool = False):
        super().__init__(message)
        self.offline = offline


# (kind → (Vietnamese, English)); the CLI prints both, the window its language's
MESSAGES = {
    "password": ("Sai tên đăng nhập hoặc mật khẩu máy chủ nhóm",
                 "wrong user name or password for the team server"),
    "unreachable": ("Không kết nối được máy chủ nhóm (đang ngoại tuyến?)",
                    "cannot reach the team server (offline?)"),
    "certificate": ("Chứng chỉ của máy chủ nhóm không khớp — chưa gửi gì",
                    "the team server's certificate does not match — nothing was sent"),
    "client_certificate_missing": (
        "Máy chủ nhóm yêu cầu chứng chỉ của bạn nhưng không tìm thấy chứng chỉ nào — chưa gửi gì",
        "the team server requires your certificate and none was found — nothing was sent"),
    "client_certificate": (
        "Máy chủ nhóm không nhận chứng chỉ của bạn (cấp cho tên đăng nhập khác, hết hạn, hoặc "
        "không do nơi máy chủ tin cậy cấp) — chưa gửi gì",
        "the team server did not accept your certificate (issued for another login, expired, "
        "or not issued by an authority it trusts) — nothing was sent"),
    "client_key": ("Không dùng được tệp chứng chỉ hoặc khoá riêng của bạn",
                   "your certificate or private key file cannot be used"),
    "tls": ("Máy chủ nhóm không có kết nối bảo mật (TLS) như yêu cầu",
            "the team server does not offer the required secure (TLS) connection"),
    "schema": ("Máy chủ nhóm chưa được cài đặt (chạy: chugiai server init)",
               "the team server is not set up (run: chugiai server init)"),
    "permission": ("Máy chủ nhóm từ chối thao tác này",
                   "the team server refused this operation"),
    "lost": ("Mất kết nối với máy chủ nhóm giữa chừng; lần sau sẽ tiếp tục",
             "the connection to the team server was lost; the next sync goes on from here"),
    "url": ("Địa chỉ máy chủ nhóm không hợp lệ", "the team server address is not valid"),
}


def message(kind: str, detail: str = "") -> str:
    vi, en = MESSAGES[kind]
    return f"{vi} / {en}" + (f": {detail}" if detail else "")
