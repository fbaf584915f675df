"""Word lists for the rule layer of the extractor: titles, organization head nouns, stop words.

Entries are separated by commas; an entry may have several syllables. They are compared with
keys of syllable sequences (lower case, canonical tone placement: see `vietnamese.entity_key`),
so "Uỷ ban" and "Ủy ban" meet.
"""

from __future__ import annotations

import re

from ..vietnamese import entity_key


def _entries(block: str) -> frozenset[str]:
    return frozenset(entity_key(p) for p in block.replace("\n", ",").split(",") if p.strip())


# Titles and honorifics that precede a person's name and are not part of it.
PERSON_TITLES = _entries("""
ông, bà, anh, chị, cô, chú, bác, cụ, ngài, quý ông, quý bà, bé, cháu, em,
đại sứ, tổng lãnh sự, lãnh sự, đặc phái viên, đại biện, tham tán, bí thư thứ nhất,
chủ tịch, phó chủ tịch, chủ tịch nước, phó chủ tịch nước, thủ tướng, phó thủ tướng,
tổng bí thư, bí thư, bí thư thường trực, ủy viên, ủy viên bộ chính trị,
bộ trưởng, thứ trưởng, trợ lý, trợ lý bộ trưởng, tổng thống, phó tổng thống,
quốc vương, nữ hoàng, hoàng tử, công chúa, vua, giáo hoàng, thống đốc, thị trưởng,
nghị sĩ, thượng nghị sĩ, hạ nghị sĩ, đại biểu, trưởng đoàn, phó trưởng đoàn,
trưởng đại diện, đại diện, trưởng ban, phó trưởng ban, trưởng phòng, phó trưởng phòng,
tổng giám đốc, phó tổng giám đốc, giám đốc, phó giám đốc, tổng thư ký, phó tổng thư ký,
thư ký, chánh văn phòng, người phát ngôn, phát ngôn viên,
cục trưởng, phó cục trưởng, vụ trưởng, phó vụ trưởng, viện trưởng, phó viện trưởng,
hiệu trưởng, phó hiệu trưởng, chánh án, phó chánh án, tổng cục trưởng, chủ nhiệm,
phó chủ nhiệm, tổng biên tập, phó tổng biên tập, giáo sư, phó giáo sư, tiến sĩ, thạc sĩ,
bác sĩ, kỹ sư, luật sư, nhà báo, nhà văn, nhà thơ, nghệ sĩ nhân dân, nghệ sĩ ưu tú,
nghệ sĩ, ca sĩ, nhạc sĩ, họa sĩ, diễn viên, đạo diễn, nhà nghiên cứu, chuyên gia,
phóng viên, biên tập viên, đại tướng, thượng tướng, trung tướng, thiếu tướng, đại tá,
thượng tá, trung tá, thiếu tá, đại úy, đô đốc, gs, pgs, ts, ths, bs, ks, ls, hòa thượng,
thượng tọa, đại đức, linh mục, mục sư, giám mục, hồng y, tổng giám mục, nhà khoa học,
doanh nhân, huấn luyện viên, hlv, cầu thủ, vận động viên, tiền đạo, thủ môn, nữ, trưởng,
hai diễn viên, các diễn viên, nghệ sĩ nhân dân, tân giám đốc, cựu, nguyên, tân,
hoa hậu, á hậu, người mẫu, ceo, nhà sáng lập, đồng sáng lập, tỷ phú, rapper, mc, nhiếp ảnh gia,
nhà thiết kế, biên kịch, nhà sử học, nghệ nhân, nghệ nhân ưu tú, nghệ nhân nhân dân,
nhà giáo ưu tú, nhà giáo nhân dân, thầy thuốc ưu tú, thầy thuốc nhân dân, nsnd, nsưt, ttưt,
tay vợt, xạ thủ, kỳ thủ, võ sĩ, cơ thủ, vđv, hậu vệ, trung vệ, tiền vệ, thủ thành, ngoại binh,
đội trưởng, tư lệnh, phó tư lệnh, chính ủy, chỉ huy trưởng, chuẩn tướng, phó đô đốc,
thượng úy, trung úy, thiếu úy, thượng sĩ, trung sĩ, hạ sĩ, sư thầy, ni sư, sư cô, đức cha,
dược sĩ, điều dưỡng, kiến trúc sư, thầy giáo, cô giáo, nữ sinh, nam sinh, thí sinh,
bị cáo, bị can, nghi phạm, nạn nhân, tài xế, bầu, sư, nhà sư, thầy, thuyền trưởng,
""")

# Organization head nouns: a capitalised head starts an organization name.
ORG_HEADS = _entries("""
bộ, cơ quan, hội đồng, chính phủ, quốc hội, đoàn đbqh, đại sứ quán, tổng lãnh sự quán, lãnh sự quán,
tổ chức, ủy ban, văn phòng, phái đoàn, trung tâm, ngân hàng, công ty, tập đoàn,
tổng công ty, trường đại học, trường cao đẳng, trường, đại học, học viện, bệnh viện, báo,
tạp chí, thông tấn xã, đài truyền hình, đài tiếng nói, đài phát thanh, liên đoàn, hiệp hội,
liên hiệp hội, hội, ban, viện, sở, cục, tổng cục, vụ, chi cục, đảng, đảng bộ, mặt trận,
quân đội, quân khu, quân chủng, binh chủng, bộ tư lệnh, bộ chỉ huy, tòa án, viện kiểm sát,
công an, cảnh sát, thanh tra, kiểm toán nhà nước, quỹ, cao ủy, liên minh, hãng,
câu lạc bộ, clb, đoàn thanh niên, hội liên hiệp, tổng liên đoàn, nhà xuất bản, nhà máy,
hợp tác xã, trung ương đoàn, thành ủy, tỉnh ủy, huyện ủy, đảng ủy, ngân hàng nhà nước, kho bạc,
bảo hiểm xã hội, công đoàn, sư đoàn, trung đoàn, lữ đoàn, đội, phòng, khoa, bảo tàng, thư viện,
nhà hát, giáo hội, hội thánh, giáo phận, tổng giáo phận, tòa tổng giám mục, tòa giám mục, tòa thánh,
tổng vụ, nhóm ngân hàng thế giới, đội tuyển, đoàn luật sư, tổng liên hội, ban trị sự, ủy ban mttq,
văn phòng đại diện, ngân hàng tmcp, công ty tài chính, chi nhánh, liên hiệp, trường tiểu học,
trường trung học, trường thpt, trường thcs, viện nghiên cứu, bệnh viện đa khoa, chùa,
đồn biên phòng, đồn công an, trạm y tế, bộ đội biên phòng, ủy hội,
ban tổ chức, văn phòng công chứng, văn phòng luật sư, công ty luật,
đơn vị, giáo xứ, chủng viện, đại chủng viện, tiểu chủng viện,
cảng vụ, dàn nhạc, hãng phim, đoàn ca múa, đoàn nghệ thuật, tổng lđlđ, công đoàn cơ sở, hội đồng trị sự, thuế, thuế cơ sở,
nhà tang lễ, phân ban, nhạc viện, đoàn văn công, đoàn cải lương, hạt kiểm lâm, hải đoàn, hải đội,
vùng cảnh sát biển, nhà thuốc, hộ kinh doanh, tiệm bánh, tiệm vàng,
""")

# Heads that are usually events or generic nouns: they make an organization only when the
# name is anchored by an acronym in brackets or by the gazetteer.
ANCHOR_ONLY_HEADS = _entries("hội nghị, diễn đàn, nhóm, khối, mạng lưới")

# A head directly followed by one of these syllables is a title or a common noun.
HEAD_BLOCKERS = {
    entity_key(k): frozenset(entity_key(w) for w in v.split())
    for k, v in {
        "bộ": "trưởng phận đội máy sưu luật tiêu khung đồ mặt óc ba đôi quy phim sách đề hồ",
        "cục": "trưởng diện bộ",
        "vụ": "trưởng việc án",
        "sở": "trưởng hữu dĩ thích",
        "viện": "trưởng phí trợ",
        "ban": "đầu đêm ngày giám tổ",
        "hội": "viên nghị thảo chợ thi diễn sách",
        "báo": "cáo chí động",
        "trường": "hợp",
        "quỹ": "đạo",
        "đảng": "viên ủy phí",
        "công an": "viên",
        "văn phòng": "phẩm",
        "hội đồng": "quản",
        "trung tâm": "thương",
        "đội": "ngũ trưởng viên hình bóng",
        "phòng": "chống ngừa khám họp ban thủ vệ",
        "khoa": "học trưởng",
        "công đoàn": "viên",
        "chùa": "chiền",
    }.items()
}

# Lower-case words that may continue an organization name after its head.
ORG_LOWER_CONTINUATIONS = _entries("""
nhân dân, thế giới, quốc tế, quốc gia, trung ương, tối cao, nhân quyền, toàn quốc,
thường vụ, đại diện thường trực, thường trực, cổ phần, trách nhiệm hữu hạn,
một thành viên, hữu hạn, liên doanh, kiểm sát nhân dân, bảo an, chính trị, bí thư,
cấp cao, nhân dân cấp cao, xã hội, thương mại cổ phần, tài chính, ngoài nước,
""")

# Administrative words that continue an organization name when a capitalised place follows.
ADMIN_UNITS = _entries("tỉnh, thành phố, tp, quận, huyện, thị xã, xã, phường, thị trấn, khu vực")

# Heads that start a department's name even in lower case ("khoa Ngoại Bụng 1").
LOWER_UNIT_HEADS = _entries("khoa")

# Heads whose name may end in a bare level of the administration ("Công an tỉnh", "UBND huyện").
# Levels that may close a body's name alone, as the text's own short form ("Hội Chữ thập đỏ tỉnh").
BARE_LEVELS = _entries("tỉnh, thành phố, huyện, quận, thị xã")
LOCAL_UNIT_HEADS = _entries("công an, ubnd, hđnd, bộ chỉ huy quân sự, ban chỉ huy quân sự, bộ đội biên phòng")

# Words that stop a backward scan from a bracketed acronym to its name.
SCAN_STOPS = _entries("""
với, tại, cùng, bởi, do, từ, giữa, như, gồm, là, được, đã, sẽ, đang, có, theo, cho biết,
trong, ngoài, sau, trước, khi, thì, mà, nhưng, nên, vì, để, phía, bên cạnh, bao gồm, thuộc,
""")

# Quantifiers: "các Phái đoàn" is generic, not one organization.
QUANTIFIERS = _entries("các, những, mọi, mỗi, nhiều, một số, vài, từng, một")

# Names beginning with these are programmes, laws, events, plans… — not organizations.
NON_ORG_HEADS = _entries("""
hiệp định, hiệp ước, công ước, chương trình, chương trình nghị sự, chiến lược, kế hoạch, dự án, luật, bộ luật,
nghị định, nghị quyết, quyết định, thông tư, chỉ thị, hội thảo, tọa đàm, ngày, tuần, năm,
tháng, giải, giải thưởng, hệ thống, mục tiêu, đề án, sáng kiến, cam kết, tuyên bố,
hiến chương, phong trào, chiến dịch, cuộc thi, lễ hội, liên hoan, triển lãm, hội chợ,
đại hội, khóa họp, kỳ họp, phiên họp, tiêu chuẩn, chỉ số, bệnh, hội chứng, virus, vi rút,
kỳ thi, bài thi, chứng chỉ, vaccine, vắc xin,
""")

# Capitalised acronyms that are not organizations (units, currencies, places, titles, diseases).
ACRONYM_STOP = frozenset("""
TP HCM TPHCM TP.HCM TP.HN HLV NSND NSƯT CLB GS.TS PGS.TS HN VN US USA UK UAE USD VND EUR JPY CNY GBP KRW GDP GNP FDI ODA CPI PMI COVID
SARS MERS HIV AIDS CEO CFO CTO COO GS PGS TS THS BS KS THPT THCS ĐH CĐ PV BTV CTV AI IT ICT
PC TV DVD CD ATM SMS PDF ID QR OK AM PM GMT UTC TNHH CP KCN KKT KTX ĐBSCL ĐBQH BHXH BHYT
MTV TMCP CTCP HCV HCB HCĐ VĐV BTS OLED LED LCD IUU FTA EVFTA CPTPP RCEP SEA GPS APP USB CKI CKII
BSCKII BSCKI TSKH TS.BS THS.BS BS.CKI BS.CKII PGS.TS.BS GS.TSKH ĐT ĐTQG U23 U22 U20 U19 U17 WC
CMND CCCD VAT IPO STEM SDG SDGS NCOV DNA RNA PCR BOT BT PPP GTGT TNDN TTCK GMT+7 XHCN
HĐXX HĐQT HĐTV OTP COD BOD GPU CPU NFC SIM ESG EPS ROE ROA NIM P/E ĐPCC BVCC NVCC
KPI AQI BHTN ĐHĐCĐ ĐVCC GĐCC CACC FBNV TL
GPLX CSDL BĐS ĐTM LNG LPG CNG RON SUV NFT M&A R&D B2B B2C KOL KOC CSR ROI SME SMES
BKS TNGT VPN URL APK DPPA BESS FIT EPC IPP PPA NĐT CTCK NAV API LLM GPT MVP ĐMST
USDT USDC BTC ETH MPV CUV HEV PHEV BEV DS.CKI DS.CKII DS TEU FEU DWT CBM
AUD CAD NZD SGD HKD TWD THB MYR IDR INR CHF RUB LAK KHR GRDP GNI GRDI PCI PAPI HDI IIP
""".split())  # last lines: papers, fuels and kinds of thing in traffic, energy, market and tech news;
# crypto coins, car classes, a pharmacist's titles and the units of ships and containers;
# currencies and the indicators of an economy or a province's governance

# Halls, centres and cemeteries: places run by no staff of their own (a theatre is a body).
VENUE_WORDS = _entries("""
nhà thi đấu, sân vận động, cung thể thao, cung văn hóa, cung văn hóa lao động, nhà văn hóa,
trung tâm hội nghị, trung tâm hội nghị quốc gia, trung tâm hội nghị quốc tế, trung tâm triển lãm,
trung tâm hội chợ triển lãm, cung hữu nghị, nghĩa trang,
""")

# Acronyms of an activity: never a body alone, but a unit's remit inside its name
# ("Phòng Cảnh sát PCCC và CNCH", "Ban Chỉ huy PCTT và TKCN").
ACTIVITY_ACRONYMS = frozenset("PCCC CNCH TKCN PCTT ATGT ATTP VSATTP GPMB CNTT KHCN "
                              "CSGT CSĐT CSCĐ CSHS CSKT CSMT QLTT".split())  # police branches, market control

# Latin (English) words that mark a foreign organization name.
ENGLISH_ORG_WORDS = frozenset("""
bank fund foundation organization organisation association group corporation corp inc ltd
company council committee agency institute university college school hospital vision women
watch airlines airways motors federation union alliance network programme program society
trust partners capital holdings media news times post press television radio club
forum commission office unicef habitat children vina shop legend mart cinema credit ratings
motor motors display electronics retail airlines bank town studio studios entertainment pictures
films productions research cloud beverage beverages food foods
investment ventures securities insurance energy power logistics technology technologies solutions
systems pharma security education
land homes esports gaming labs
""".split())

# Common Vietnamese surnames: a capitalised run starting with one of them is likely a person.
SURNAMES = _entries("""
nguyễn, trần, lê, phạm, hoàng, huỳnh, phan, vũ, võ, đặng, bùi, đỗ, hồ, ngô, dương, lý,
đinh, đoàn, trịnh, lương, mai, cao, lâm, hà, tạ, tô, thái, tăng, quách, lại, châu, phùng,
triệu, từ, chu, kiều, la, vương, nghiêm, diệp, giang, khổng, lưu, mạc, đàm, thân, kim,
đào, tống, lục, âu, ninh, hứa, quan, lò, trương, nông, văn, tôn, thạch, đồng, khúc, hầu,
doãn, khuất, phí, hàn, thiều, giáp, lã, lữ, ngụy, kha, mẫn, cù, nhữ, thiệu, bế, lam,
quàng, cầm, lường, sầm, điêu, giàng, sùng, thào, tòng, sình, thích,
""")

# Words before a capitalised run that make it a place, street or thing named after a person.
PLACE_CUES = _entries("""
đường, phố, quận, huyện, tỉnh, xã, phường, thị xã, thị trấn, thành phố, tp, làng, thôn,
ấp, bản, cầu, sân bay, sân vận động, cảng, bến, ga, chợ, công viên, quảng trường, đại lộ,
hồ, sông, núi, đảo, trường, bệnh viện, giải, lăng, đền, chùa, nhà thờ, khu, tòa nhà, tàu,
số, cúp, tư tưởng, di sản, nhà lưu niệm, bảo tàng, đại học,
tháp, thủ đô, thủ phủ, thung lũng, vịnh, bán đảo, quần đảo, vườn quốc gia, khu du lịch, khu đô thị,
bang, tiểu bang,
""")

# Provinces, big cities, countries and regions as Vietnamese news writes them.
PLACES = _entries("""
việt nam, hà nội, hải phòng, đà nẵng, cần thơ, huế, hồ chí minh, sài gòn, an giang,
bà rịa vũng tàu, bắc giang, bắc kạn, bạc liêu, bắc ninh, bến tre, bình định, bình dương,
bình phước, bình thuận, cà mau, cao bằng, đắk lắk, đắk nông, điện biên, đồng nai,
đồng tháp, gia lai, hà giang, hà nam, hà tĩnh, hải dương, hậu giang, hòa bình, hưng yên,
khánh hòa, kiên giang, kon tum, lai châu, lâm đồng, lạng sơn, lào cai, long an, nam định,
nghệ an, ninh bình, ninh thuận, phú thọ, phú yên, quảng bình, quảng nam, quảng ngãi,
quảng ninh, quảng trị, sóc trăng, sơn la, tây ninh, thái bình, thái nguyên, thanh hóa,
thừa thiên huế, tiền giang, trà vinh, tuyên quang, vĩnh long, vĩnh phúc, yên bái,
mỹ, anh, pháp, đức, nga, nhật bản, trung quốc, hàn quốc, triều tiên, ấn độ, úc, ý, italy,
canada, lào, campuchia, thái lan, singapore, malaysia, indonesia, philippines, myanmar,
brunei, đông timor, na uy, thụy điển, thụy sĩ, thụy sỹ, đan mạch, phần lan, hà lan, bỉ,
áo, ba lan, séc, hungary, tây ban nha, bồ đào nha, hy lạp, thổ nhĩ kỳ, israel, palestine,
iran, iraq, ả rập xê út, ai cập, nam phi, nigeria, kenya, uganda, sudan, ethiopia, brazil,
argentina, mexico, chile, cuba, venezuela, new zealand, ukraine, belarus, mông cổ,
pakistan, bangladesh, sri lanka, nepal, qatar, vương quốc anh, liên bang nga, hoa kỳ,
geneva, new york, washington, paris, london, tokyo, bắc kinh, moskva, berlin, bangkok,
seoul, jakarta, kuala lumpur, manila, brussels, vienna, rome, thượng hải, hồng kông,
đài loan, châu á, châu âu, châu phi, châu mỹ, đông nam á, thái bình dương,
phan thiết, nha trang, vũng tàu, đà lạt, buôn ma thuột, pleiku, quy nhơn, vinh, hạ long, hội an,
mỹ tho, biên hòa, thủ đức, cầu giấy, hoàn kiếm, ba đình, đống đa, hai bà trưng, tây hồ,
long biên, hoàng mai, thanh xuân, nam từ liêm, bắc từ liêm, hà đông, gò vấp, bình thạnh,
tân bình, phú nhuận, côn đảo, phú quốc, sa pa, đồng đăng, móng cái, cam ranh, rạch giá,
châu đốc, long xuyên, cà mau, bảo lộc, sầm sơn, cửa lò, đồ sơn, tam kỳ, việt trì, uông bí,
cẩm phả, hòn gai, thủ dầu một, dĩ an, thuận an, tân uyên, nhơn trạch, long thành, bến lức,
đại tây dương, biển đông, trung đông, tân sơn nhất, nội bài, long thành, nam định, đông âu, tây âu, bắc mỹ, mỹ latinh,
australia, kazakhstan, uzbekistan, peru, colombia, uae,
""")

# Lower-case nouns that follow a name without belonging to it ("Bộ Y tế năm nay").
ORG_STOP_NOUNS = _entries("""
nhiệm kỳ, năm, ngày, tháng, tuần, hôm nay, hôm qua, sáng, chiều, tối, trưa, đêm, khóa, lần,
đợt, phiên, nhân viên, lãnh đạo, đại diện, thành viên, người, ông, bà, anh, chị,
phóng viên, đại biểu, chuyên gia, trụ sở, tỉnh, thành phố, huyện, quận, xã, phường, hiện nay,
trước đây, sau này, lúc đó, khi ấy, bệnh nhân, học sinh, sinh viên, giáo viên, công nhân,
vừa qua, này, đó, kia, nói chung, nói riêng, cũng, đều, vẫn, luôn, thời gian, giai đoạn,
thuộc, trực thuộc,
""")

# Acronyms that are organization heads and take a place after them: "UBND tỉnh Quảng Nam".
ACRONYM_HEADS = frozenset("UBND HĐND TAND VKSND MTTQ CLB BHXH ĐT LĐLĐ HTX NXB".split())

# Acronyms of places that continue a name: "Sở Y tế TP HCM", "UBND TP.HCM".
PLACE_ACRONYMS = frozenset("TP HCM TPHCM TP.HCM TP.HN HN".split())

# Legal forms inside a company name: "Công ty TNHH MTV …", "Ngân hàng TMCP …".
LEGAL_FORMS = frozenset("TNHH CP MTV TMCP CTCP JSC NHTM".split())
# The same, as the words of a name's key (lower case).
LEGAL_WORDS = frozenset(f.lower() for f in LEGAL_FORMS)

# Heads of businesses, whose name is often a two-syllable name that reads like a person's
# ("Công ty Vận tải Hoàng Long", "Hợp tác xã Nông nghiệp Thành Công").
BUSINESS_HEADS = _entries("công ty, tổng công ty, tập đoàn, hợp tác xã, doanh nghiệp tư nhân, "
                          "nhà thuốc, hộ kinh doanh, tiệm bánh, tiệm vàng")

# School levels inside a school's name, which may be named after a person:
# "Trường THPT Nguyễn Thị Minh Khai".
SCHOOL_LEVELS = frozenset("THPT THCS PTTH PTCS ĐH CĐ".split())
NAMED_AFTER_HEADS = _entries("""
trường, trường đại học, đại học, học viện, bệnh viện, trường tiểu học, trường trung học,
trường thpt, trường thcs, bảo tàng, thư viện, nhà hát, quỹ,
văn phòng công chứng, văn phòng luật sư, công ty luật,
""")

# Abbreviated degrees and titles, alone or joined by dots ("TS.BS", "BS.CKII", "PGS.TS"):
# they precede a person's name and are never an organization.
TITLE_ABBREVIATIONS = frozenset("""
gs pgs ts ths bs bsck bscki bsckii cki ckii ck tskh ks ls ds ncs nsnd nsưt nsut hlv
dsck dscki dsckii ttưt ttut ngnd ngưt ceo mc vđv
""".split())

# Lower-case verbs that end an organization's name: the sentence's predicate begins
# ("Cục Quản lý thị trường kiểm tra …", "Bộ Y tế cho biết …").
PREDICATE_VERBS = _entries("""
cho biết, cho hay, cho rằng, đề nghị, yêu cầu, kiểm tra, phối hợp, tổ chức, công bố, ban hành,
thông báo, triển khai, tiếp nhận, chỉ đạo, hướng dẫn, khẳng định, nhấn mạnh, ký, trao, gửi,
tiếp tục, đã, đang, sẽ, vừa, mới, cũng, còn, nói, phát biểu, cảnh báo, xác nhận, ghi nhận,
phát hiện, xử lý, xử phạt, bắt, bắt giữ, khởi tố, tuyên bố, dự báo, lập, thu, chi, hỗ trợ, cấp,
đạt, có, là, được, bị, nhận, mở, đưa, tăng, giảm, ra, vào, làm, dự kiến, đánh giá, cam kết,
kêu gọi, đề xuất, trình, phê duyệt, chấp thuận, quyết định, tạm dừng, đình chỉ, thanh toán,
tuyển, tuyển sinh, tiếp, đón, thăm, mời, nêu, bày tỏ, chia sẻ, dẫn, theo, nhằm, để, cùng,
không, chưa, phải, cần, muốn, hiện, đều, vẫn, luôn, từng, liên tục, sau, trước, khi, nếu, và,
hoặc, hay, nhưng, mà, thì, nên, vì, do, bởi, tại, trong, ngoài, trên, dưới, với, của, cho,
đến, từ, ở, về, này, đó, kia, ấy, năm, ngày, tháng, quý, lúc, giờ, thắng, thua, hòa, gặp,
đối đầu, tiếp đón, làm việc, họp, ký kết, bàn giao, khai trương, khánh thành, ra mắt,
trả lời, phản hồi, giải thích, khai mạc, trưng bày, giới thiệu, tiết lộ, thừa nhận, phủ nhận,
hoàn thiện, cứu sống, cứu,
""")

# How far (in syllables) after a person title its holder's name may still come:
# "Giám đốc điều hành Quỹ Tiền tệ Quốc tế (IMF) Kristalina Georgieva".
TITLE_SCOPE = 16

# Lower-case words that may bridge the inside of a name up to a capitalised place that ends
# it ("Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam"): at most this many syllables …
BRIDGE_MAX = 4
# … and none of these (verbs and function words that end a name instead).
BRIDGE_STOPS = _entries("""
của, tại, với, cho, đã, đang, sẽ, là, được, bị, có, không, đến, từ, ở, trong, khi, này, đó,
vừa qua, cùng, các, những, nhằm, để, theo, về, trên, dưới, năm, ngày, tháng,
""")

# Lower-case nouns after which a capitalised Latin-script name is a company or a brand:
# "hãng Samsung", "các sàn Shopee, Lazada", "nhà mạng Viettel".
BRAND_CUES = _entries("""
hãng, công ty, tập đoàn, ngân hàng, sàn, nhà mạng, thương hiệu, nhà bán lẻ, chuỗi, nền tảng,
mạng xã hội, hãng tin, tổ chức xếp hạng, hãng xe, doanh nghiệp, đối tác, nhà sản xuất,
nhà phân phối, hãng hàng không, hãng phim, nhà đầu tư, quỹ đầu tư, nhà phát hành,
đơn vị, siêu thị, hệ thống, các hãng, các sàn, các ngân hàng, các nhà mạng, câu lạc bộ, đội bóng,
hãng tàu, các hãng tàu, hãng vận tải biển,
startup, công ty khởi nghiệp, nhà thầu, liên danh, liên danh nhà thầu, tổng thầu,
""")

# Endings of Latin-script company names: "Techcombank", "Citigroup", "Vietjet".
BRAND_SUFFIXES = ("bank", "group", "com", "soft", "tel", "mart", "air", "jet")

# Words of competitions and events: a name holding one is neither a person nor a body
# ("Champions League", "V-League", "Asian Cup", "SEA Games").
EVENT_WORDS = frozenset("""league v-league cup games open awards festival championship expo marathon
summit olympiad challenge award prize show conference week prix tournament""".split())

# Capitalised Latin-script words that are units, products or indexes, not companies.
NOT_BRANDS = frozenset("""
mhz ghz khz hz kwh mwh gwh mw gw kw km kg usd eur iphone ipad android windows covid
vn-index hnx-index upcom-index vn30 vn30-index
wifi genz phd tiktoker tiktokers youtuber youtubers livestreamer macbook airpods playstation faceid
powerpoint
upcom mwp kwp gwp
""".split())  # last lines: common words, people's trades and well-known products written in
# CamelCase; the unlisted shares' market and the peak units of solar power

# Vietnamese words without tone marks that open a sentence before a Latin-script name
# ("Theo Savills Việt Nam, …"): never the start of the name.
LATIN_RUN_OPENERS = frozenset("""theo sau trong khi cho nay hay
startup hacker camera video clip website fanpage app smartphone laptop robot chip email online
""".split())  # second line: Latin common nouns of Vietnamese news that open a sentence

# Nouns a unit's remit follows with "về" wherever the unit's head is ("Phòng Cảnh sát điều tra
# tội phạm về ma túy", "Đội Cảnh sát điều tra tội phạm về trật tự xã hội").
REMIT_NOUNS = _entries("tội phạm")

# Lower-case activities that belong to a capitalised unit word ("Cơ quan Cảnh sát điều tra").
UNIT_ACTIVITIES = {
    entity_key(k): _entries(v) for k, v in {
        "cảnh sát": "điều tra", "an ninh": "điều tra", "an ninh mạng": "điều tra",
    }.items()
}

# Heads of a parent body that a unit's name may end with, without a comma: "Phòng Cảnh sát
# hình sự Công an tỉnh Nghệ An", "Khoa Nhi Bệnh viện Đa khoa tỉnh Thanh Hóa" (both are bodies).
PARENT_HEADS = _entries("""
công an, bệnh viện, bệnh viện đa khoa, trường, trường đại học, đại học, học viện, bộ, sở, cục,
tổng cục, ubnd, hđnd, ủy ban nhân dân, tập đoàn, tổng công ty, công ty, ngân hàng, viện,
tòa án nhân dân, tand, vksnd, viện kiểm sát nhân dân, bộ chỉ huy quân sự, bộ tư lệnh,
tỉnh ủy, thành ủy, huyện ủy, đảng ủy, hội đồng, tổng cục, giáo hội,
""")

# Medical specialties that name a hospital's department or centre, in any case, with their
# lower-case words ("Khoa Gây mê hồi sức", "Trung tâm Chống độc", "khoa Hồi sức ngoại").
SPECIALTY_HEADS = _entries("khoa, trung tâm, đơn nguyên, phòng khám, viện, đơn vị")
SPECIALTIES = _entries("""
hồi sức, hồi sức tích cực, hồi sức cấp cứu, hồi sức ngoại, hồi sức nội, gây mê, gây mê hồi sức,
chống độc, cấp cứu, cấp cứu ban đầu, nội, ngoại, nhi, sơ sinh, sản, phụ sản, tim mạch,
thần kinh, tâm thần kinh, nội thần kinh, ngoại thần kinh, phẫu thuật thần kinh, chấn thương chỉnh hình,
ung bướu, truyền nhiễm, bệnh nhiệt đới, da liễu, tai mũi họng, răng hàm mặt, mắt, huyết học,
truyền máu, xét nghiệm, chẩn đoán hình ảnh, y học cổ truyền, phục hồi chức năng, dinh dưỡng,
tiêu hóa, hô hấp, thận nhân tạo, lọc máu, tâm thần, lão khoa, đột quỵ, ngoại khoa, nội khoa,
tổng hợp, bỏng, ghép tạng, tiết niệu, nội tiết, cơ xương khớp, tim, lồng ngực, mạch máu,
gan mật, nam học, hiếm muộn, hỗ trợ sinh sản, vi sinh, giải phẫu bệnh, dược, kiểm soát nhiễm khuẩn,
""")

# Heads of units that belong to a parent body named after them.
UNIT_HEADS = _entries("""
phòng, đội, khoa, trung tâm, cơ quan, ban, vụ, cục, chi cục, viện, văn phòng, bộ môn, trạm,
đồn biên phòng, đồn công an, trạm y tế, cơ quan cảnh sát điều tra, trường, phân hiệu, chi nhánh,
đơn vị, công đoàn cơ sở, công đoàn, hội đồng trị sự, ban trị sự, đoàn ca múa, đoàn nghệ thuật,
thanh tra, đoàn văn công, đoàn cải lương, hạt kiểm lâm, phân ban,
""")

# Committees whose lower-case remit after "về" is part of their name, and the words that start
# a sentence's topic instead ("Ủy ban … về việc …").
COMMITTEE_HEADS = _entries("ủy ban, ủy ban quốc gia, hội đồng, ban chỉ đạo, hội đồng quốc gia")
REMIT_NOT_STARTS = _entries("""
việc, vấn đề, các, những, một, này, đó, tình hình, kết quả, nội dung, kế hoạch, dự án, đề án,
""")

# Heads whose name may carry a remit after "về" or "vì" ("Ủy ban … về Bình đẳng giới").
COMPLEMENT_HEADS = _entries("""
ban chỉ đạo, ban, ủy ban, hội đồng, cơ quan, quỹ, vụ, cục, viện, trung tâm, hội, hiệp hội,
liên minh, diễn đàn, mạng lưới, tổ chức, văn phòng, ủy ban quốc gia,
""")

# Words between "tuyển" and a country that keep it a national team ("đội tuyển nữ Việt Nam").
TEAM_WORDS = _entries("""
nữ, nam, bóng đá, điền kinh, bơi, bóng chuyền, bóng rổ, futsal, quốc gia, trẻ, olympic,
cầu lông, bóng bàn, quần vợt, cờ vua, bắn súng, võ, judo, karate, taekwondo, thể dục
""")

# Nouns before an acronym that make it a stock ticker, a code or a product ("cổ phiếu HPG").
ACRONYM_NOT_ORG_CUES = _entries("""cổ phiếu, mã, mã cổ phiếu, mã chứng khoán, thuốc, chỉ số, tiêu chuẩn,
xe buýt, xe khách, xe tải, tàu, chuyến bay, xăng, khí, dầu, nhiên liệu, chuẩn, vàng, vàng miếng,
chung kết, bán kết, tứ kết, vòng loại, vòng bảng, mùa giải""")  # last line: a league's rounds

# Words of a market report: a sentence holding one (or "%") may list stock tickers.
MARKET_WORDS = _entries("""
cổ phiếu, mã, phiên, sàn, khối ngoại, tự doanh, thanh khoản, vốn hóa, tăng trần, giảm sàn,
chỉ số, điểm, bán ròng, mua ròng, nhóm ngân hàng, nhóm cổ phiếu, vn-index, vn30,
""")

# Words before a Latin-script name that make it a channel used, not a company acting
# ("lừa đảo qua Zalo và Telegram", "đăng trên Facebook", "đưa lên TikTok").
MEDIUM_CUES = _entries("qua, trên, lên")

# Nouns after which a Latin-script name is a product used, not a company acting
# ("tải ứng dụng VNeID", "ví điện tử ZaloPay", "lập trang Facebook giả").
PRODUCT_CUES = _entries("""
ứng dụng, app, ví, ví điện tử, trang, tài khoản, phần mềm, hệ điều hành, trình duyệt, dịch vụ,
tính năng, nhóm, kênh, fanpage, website, trang web, điện thoại, máy bay, xe, mẫu xe, dòng xe,
nhãn hiệu, các nhãn hiệu, sân, sân vận động,
mã độc, phần mềm độc hại, trò chơi, tựa game, dự án, khu đô thị, khu công nghiệp, tàu, tàu cá,
mô hình, chatbot, trợ lý ảo, công cụ, trung tâm thương mại, khu du lịch, khu vui chơi, khu nghỉ dưỡng,
tòa nhà, chung cư,
nền tảng, các nền tảng, hệ thống, quy trình, tệp, tệp tin, quảng cáo trên,
""")  # malware, games, projects, estates, ships and AI models, platforms and files are things, not bodies

# Baptismal names written before a Catholic's Vietnamese name ("Giuse Vũ Văn Thiên").
BAPTISMAL_NAMES = _entries("""
giuse, phêrô, phaolô, gioan, gioan baotixita, anrê, antôn, đaminh, giacôbê, matthêu, luca,
gioakim, phanxicô, phanxicô xaviê, têrêsa, maria, anna, martinô, tôma, vinhsơn, augustinô,
""")

# Words after a number that make it an amount, not part of a name ("Công ty … 420 triệu đồng").
MEASURE_WORDS = _entries("""
triệu, tỷ, nghìn, ngàn, trăm, đồng, usd, người, tuổi, năm, tháng, ngày, giờ, phút, km, ha, tấn,
kg, lần, bàn, điểm, ca, vụ, căn, suất, chiếc, tầng, m2, mw, %,
""")

# What a player does in a match report, right after the name ("Foden mở tỷ số").
PLAYER_ACTIONS = _entries("""
ghi bàn, mở tỷ số, nâng tỷ số, gỡ hòa, rút ngắn, ấn định, kiến tạo, lập cú đúp, lập hat-trick,
đánh đầu, sút, dứt điểm, cản phá, cứu thua, đá phạt, đá hỏng, nhận thẻ, lập công, tỏa sáng,
ghi hai bàn, ghi thêm, đệm bóng, băng xuống, đi bóng, chuyền bóng, bỏ lỡ, đốt lưới, phá lưới,
""")

# Words right before a Latin-script name that make it a club ("khoác áo Kuzeyboru", "thua Lille").
CLUB_CUES = _entries("""
khoác áo, chơi cho, gia nhập, đầu quân cho, thi đấu cho, chuyển đến, rời, đối thủ,
thắng, thua, hòa, gặp, đánh bại, tiếp đón, làm khách, cầm hòa, vượt qua, trận gặp, đội bóng,
""")

# What a company does, right after its name ("Netflix được cho là đang đàm phán").
# Lower-case nouns of a transport business before its own name ("nhà xe Phương Trang",
# "hãng taxi Mai Linh"): the capitalised name after one is the company, even a person-like one.
CARRIER_CUES = _entries("nhà xe, hãng taxi, hãng xe, hãng xe khách, taxi, hãng vận tải, doanh nghiệp vận tải")
# A carrier's own name has at most this many syllables.
CARRIER_NAME_MAX = 3

# Lower-case nouns of shops, chains and bands: the capitalised run after them is that business's
# or band's own name, whatever it reads like ("chuỗi nhà thuốc Long Châu", "ban nhạc Chim Sẻ Đêm").
SHOP_CUES = _entries("""
chuỗi, chuỗi nhà thuốc, chuỗi cửa hàng, chuỗi siêu thị, chuỗi bán lẻ, chuỗi rạp, cụm rạp, nhà thuốc,
cửa hàng, tiệm, tiệm vàng, tiệm bánh, ban nhạc, nhóm nhạc, hãng đĩa, hãng thu âm,
""")

# Verbs whose subject is a body speaking or answering for itself ("MoMo cho biết", "Grab bị phạt").
SPEAKING_VERBS = _entries("""
cho biết, cho hay, thông báo, công bố, tuyên bố, khẳng định, xác nhận, cam kết, phản hồi,
lên tiếng, bị phạt, bị xử phạt, bị kiện, kiện, thừa nhận, giải thích,
""")

COMPANY_ACTIONS = _entries("""
đầu tư, đàm phán, mua lại, thâu tóm, ra mắt, báo lãi, báo lỗ, niêm yết, sản xuất, cung cấp,
phân phối, sở hữu, rót vốn, mở rộng, tuyển dụng, sa thải, cắt giảm, phát hành, được cho là,
ký hợp đồng, khai trương, rút khỏi, xếp hạng, tài trợ, mở thêm, đóng cửa, thu hồi,
""")

# Official remits with a comma inside, the fields of Vietnam's ministries, provincial and
# district departments, centres and National Assembly committees ("Bộ Văn hóa, Thể thao và Du
# lịch", "Sở Lao động, Thương binh và Xã hội"): one name, though a comma usually ends a name.
# Written with " , " between the parts; "-" stands for any dash.
COMMA_REMITS = tuple(sorted((tuple(p.split()) for p in (entity_key(r).replace(",", " , ")
                                                        for r in """
văn hóa, thể thao và du lịch; văn hóa, thể thao; văn hóa, thông tin; văn hóa, thông tin và thể thao;
văn hóa, thông tin, thể thao và du lịch; văn hóa, thể thao và truyền thanh;
văn hóa, thông tin và truyền thông; văn hóa, thể thao và truyền thông;
văn hóa, thông tin, thể thao và truyền thanh; văn hóa, khoa học và thông tin;
lao động, thương binh và xã hội; văn hóa, giáo dục; văn hóa, xã hội;
văn hóa, giáo dục, thanh niên, thiếu niên và nhi đồng; tài chính, ngân sách;
khoa học, công nghệ và môi trường; quốc phòng, an ninh và đối ngoại; quốc phòng, an ninh;
kinh tế, hạ tầng và đô thị; kinh tế, hạ tầng; tài chính, kế hoạch; y tế, dân số;
giáo dục, đào tạo và dạy nghề; nông nghiệp, tài nguyên và môi trường;
phòng cháy, chữa cháy và cứu nạn, cứu hộ; chữa cháy và cứu nạn, cứu hộ; cứu nạn, cứu hộ;
""".split(";") if r.strip())), key=len, reverse=True))
# Heads that take such a remit.
COMMA_REMIT_HEADS = _entries("bộ, sở, phòng, ủy ban, trung tâm, ban, vụ, cục, tổng cục, đội")

# Nouns right before a share's code ("cổ phiếu FPT", "mã VCB", "các mã VHM, VIC").
TICKER_CUES = _entries("cổ phiếu, mã, mã cổ phiếu, mã chứng khoán, các mã, những mã")
# What a share's price does right after its code in a market report ("MWG tăng 2,4%", "NVL nằm
# sàn"): a verb before an amount, or a move that needs none.
PRICE_VERBS = _entries("tăng, giảm, mất, lên, xuống, tăng thêm, giảm thêm")
PRICE_MOVES = _entries("""
nằm sàn, tăng trần, giảm sàn, chạm trần, chạm sàn, đứng giá, đi ngang, giữ giá, lình xình,
""")
# Adverbs before a price move ("VCB, BID, CTG cùng tăng"), degrees after its verb that stand for
# an amount ("giảm nhẹ."), and hedges before its amount ("tăng trên 2%").
PRICE_ADVERBS = _entries("cùng, đều, đồng loạt, lần lượt, cũng, đã")
PRICE_DEGREES = _entries("nhẹ, mạnh, sâu, vọt")
AMOUNT_HEDGES = _entries("trên, hơn, gần, khoảng, tới, đến, thêm")
# Panels named for one occasion, never a standing body: a funeral committee, a trial panel, a
# jury, a shareholders' meeting.
OCCASION_PANELS = _entries("""
ban tang lễ, ban lễ tang, ban tổ chức lễ tang, hội đồng xét xử, hội đồng giám khảo, ban giám khảo,
hội đồng chấm thi, đại hội đồng cổ đông,
""")
# Capitalised heads of a rite's, a festival's or a fair's name; a body's name closing it is part
# of the event's ("Đại lễ Vesak Liên Hợp Quốc").
EVENT_HEADS = _entries("đại lễ, lễ, tuần lễ, liên hoan, lễ hội, hội chợ")
# Nouns before an exchange's code ("trên sàn HNX"): the exchange, a body, never a share.
EXCHANGE_CUES = _entries("sàn, sàn giao dịch, sở giao dịch")
# Nouns after a list of codes that name them shares ("VHM, TCB và MBB là những mã …").
TICKER_NOUNS_AFTER = _entries("là những mã, là các mã, là mã, là những cổ phiếu, là các cổ phiếu")
# Words that may open the clause a share's code begins ("với MWG tăng 2,4%", "còn VIC giảm").
TICKER_OPENERS = _entries("với, và, như, là, còn, riêng, trong khi, khi, trong đó")
# Marks in a text's suppressed set: a share's code by its price move or its cue noun, and a
# code-shaped name in a market report's sentence (a share's code where the text is one).
TICKER_MARK = "ticker:"
MARKET_MARK = "market:"

# Nouns before an app, a game or a fake platform, with a few lower-case words between them
# ("ứng dụng đặt nông sản LuaVang", "ứng dụng mang tên \"X\"", "sàn giao dịch ảo X", "các bộ môn
# Liên Quân Mobile"): never a body, whatever its name's shape.
APP_CUES = _entries("""
ứng dụng, app, phần mềm, trò chơi, tựa game, game, bộ môn, các bộ môn, tiền điện tử, tiền ảo,
sàn ảo, sàn giao dịch ảo, sàn giả, sàn giao dịch giả, website giả, trang web giả, ứng dụng giả,
""")
# Words that end the scan back to such a noun: the name after them is an owner or a maker
# ("ứng dụng của Grab", "phần mềm do Viettel phát triển", "ứng dụng được phát triển bởi Google",
# "tiêu chuẩn mà WHO khuyến cáo", "mô hình điều trị ở Vinmec").
APP_CUE_STOPS = _entries("của, do, thuộc, cùng, với, và, bởi, được, cho, từ, tại, giữa, mà, ở")
# Nouns of a device, a vehicle, a model, a standard or a subscription, standing a few lower-case
# words before a name ("thiết bị nhận dạng tự động AIS", "xe tay ga Vision và Air Blade",
# "chứng nhận VietGAP", "thuê bao VinaPhone", "mô hình ngôn ngữ lớn như ChatGPT"): a thing.
THING_CUES = _entries("""
thiết bị, xe tay ga, xe máy, xe điện, mẫu xe, mẫu xe điện, dòng xe, chứng nhận, tiêu chuẩn,
mô hình, mô hình ngôn ngữ, thuê bao, gói cước, phiên bản,
""")
# Words of trade before "sang": the capitalised name after it is a market, a place
# ("xuất khẩu thủy sản sang EU").
TRADE_WORDS = _entries("xuất khẩu, nhập khẩu, xuất, kim ngạch, bán, hàng hóa, hàng")

# Adverbs and connectives that open a sentence with a capital before a name ("Riêng Sun PhuQuoc
# Airways, …", "Hiện Đồng Nai FC đứng thứ 9"): never the first word of the name.
SENTENCE_OPENERS = _entries("""
riêng, hiện, hiện nay, hiện tại, tuy nhiên, ngoài ra, đồng thời, trong khi, sau đó, trước đó,
còn, cùng ngày, cũng, vì vậy, do đó, bên cạnh đó, trong đó, năm nay, hôm nay,
""")


# A site's address as news writes it ("Baonghean.vn", "VnExpress.net"): it names its owner.
SITE_ADDRESS = re.compile(r"^[A-ZĐ][\w-]*\.(?:com\.vn|vn|com|net|org)$")
