import Testing
@testable import TerminalKit

// Whole-screen snapshots: every widget at 80×24 and 120×40, as text (`lines()`) and as colour
// roles (`roleLines()`, one code per cell: see `Role.code`). Trailing empty rows are left out.
extension SnapshotTests {
    /// Tabs, a centred TextLine, three Panels with ListViews (selection, scroll hint), StatusBar.
    @Test func board80() {
        expectSnapshot(Fixtures.board(width: 80, height: 24, columns: 3), text: """
             Board   Triage   Network   Household   Meeting   Help
                                         Caseload — Wijk Noord
            ┏━ Niet toegewezen (3) ━━┓ ┌─ Zoë 14/18 ────────────┐ ┌─ Łukasz 30/18 ─────────┐
            ┃! Fam. Yılmaz  12d      ┃ │B Fam. Bakker           │ │  Huishouden 9          │
            ┃O Dhr. de Vries  3d     ┃ │  Dhr. Jansen           │ │B Huishouden 10         │
            ┃P Mw. Nguyễn  1d        ┃ │  Zoë & Łukasz Kowalski │ │  Huishouden 11         │
            ┃                        ┃ │B Mw. Öztürk            │ │  Huishouden 12         │
            ┃                        ┃ │  Fam. 山田 (Yamada)    │ │B Huishouden 13         │
            ┃                        ┃ │  Dhr. Smit             │ │  Huishouden 14         │
            ┃                        ┃ │                        │ │  Huishouden 15         │
            ┃                        ┃ │                        │ │B Huishouden 16         │
            ┃                        ┃ │                        │ │  Huishouden 17         │
            ┃                        ┃ │                        │ │  Huishouden 18         │
            ┃                        ┃ │                        │ │B Huishouden 19         │
            ┃                        ┃ │                        │ │  Huishouden 20         │
            ┃                        ┃ │                        │ │  Huishouden 21         │
            ┃                        ┃ │                        │ │B Huishouden 22         │
            ┃                        ┃ │                        │ │  Huishouden 23         │
            ┃                        ┃ │                        │ │  Huishouden 24         │
            ┃                        ┃ │                        │ │B Huishouden 25         │
            ┃                        ┃ │                        │ │  Huishouden 26         │
            ┃                        ┃ │                        │ │↓ 4 more                │
            ┗━━━━━━━━━━━━━━━━━━━━━━━━┛ └────────────────────────┘ └────────────────────────┘
             Fatima  teamleider · wijkteam.db · Board                                ● live
            """, roles: """
            *******.tttttttt.ttttttttt.ttttttttttt.ttttttttt.tttttt
            .............................TTTTTTTTTTTTTTTTTTTTT
            bbuuuuuuuuuuuuuuuuuuuuubbb.bbgggggggggggbbbbbbbbbbbbb.bbrrrrrrrrrrrrrrbbbbbbbbbb
            bssssssssssssssssssssssssb.bdd......................b.b........................b
            boo.............mmmm.....b.b........................b.bdd......................b
            bpp..........mmmm........b.b........................b.b........................b
            b........................b.bdd......................b.b........................b
            b........................b.b........................b.bdd......................b
            b........................b.b........................b.b........................b
            b........................b.b........................b.b........................b
            b........................b.b........................b.bdd......................b
            b........................b.b........................b.b........................b
            b........................b.b........................b.b........................b
            b........................b.b........................b.bdd......................b
            b........................b.b........................b.b........................b
            b........................b.b........................b.b........................b
            b........................b.b........................b.bdd......................b
            b........................b.b........................b.b........................b
            b........................b.b........................b.b........................b
            b........................b.b........................b.bdd......................b
            b........................b.b........................b.bssssssssssssssssssssssssb
            b........................b.b........................b.bmmmmmmmm................b
            bbbbbbbbbbbbbbbbbbbbbbbbbb.bbbbbbbbbbbbbbbbbbbbbbbbbb.bbbbbbbbbbbbbbbbbbbbbbbbbb
            AAAAAAAASSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
            """)
    }

    /// The same board with four columns; every list fits, so no scroll hint.
    @Test func board120() {
        expectSnapshot(Fixtures.board(width: 120, height: 40, columns: 4), text: """
             Board   Triage   Network   Household   Meeting   Help
                                                             Caseload — Wijk Noord
            ┏━ Niet toegewezen (3) ━━━━━━┓ ┌─ Zoë 14/18 ───────────────┐ ┌─ Łukasz 30/18 ────────────┐ ┌─ Daan 16/18 ──────────────┐
            ┃! Fam. Yılmaz  12d          ┃ │B Fam. Bakker              │ │B Huishouden 1             │ │B Dhr. Visser              │
            ┃O Dhr. de Vries  3d         ┃ │  Dhr. Jansen              │ │  Huishouden 2             │ │                           │
            ┃P Mw. Nguyễn  1d            ┃ │  Zoë & Łukasz Kowalski    │ │  Huishouden 3             │ │                           │
            ┃                            ┃ │B Mw. Öztürk               │ │B Huishouden 4             │ │                           │
            ┃                            ┃ │  Fam. 山田 (Yamada)       │ │  Huishouden 5             │ │                           │
            ┃                            ┃ │  Dhr. Smit                │ │  Huishouden 6             │ │                           │
            ┃                            ┃ │                           │ │B Huishouden 7             │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 8             │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 9             │ │                           │
            ┃                            ┃ │                           │ │B Huishouden 10            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 11            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 12            │ │                           │
            ┃                            ┃ │                           │ │B Huishouden 13            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 14            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 15            │ │                           │
            ┃                            ┃ │                           │ │B Huishouden 16            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 17            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 18            │ │                           │
            ┃                            ┃ │                           │ │B Huishouden 19            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 20            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 21            │ │                           │
            ┃                            ┃ │                           │ │B Huishouden 22            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 23            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 24            │ │                           │
            ┃                            ┃ │                           │ │B Huishouden 25            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 26            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 27            │ │                           │
            ┃                            ┃ │                           │ │B Huishouden 28            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 29            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 30            │ │                           │
            ┃                            ┃ │                           │ │                           │ │                           │
            ┃                            ┃ │                           │ │                           │ │                           │
            ┃                            ┃ │                           │ │                           │ │                           │
            ┃                            ┃ │                           │ │                           │ │                           │
            ┃                            ┃ │                           │ │                           │ │                           │
            ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛ └───────────────────────────┘ └───────────────────────────┘ └───────────────────────────┘
             Fatima  teamleider · wijkteam.db · Board                                                                        ● live
            """, roles: """
            *******.tttttttt.ttttttttt.ttttttttttt.ttttttttt.tttttt
            .................................................TTTTTTTTTTTTTTTTTTTTT
            bbuuuuuuuuuuuuuuuuuuuuubbbbbbb.bbgggggggggggbbbbbbbbbbbbbbbb.bbrrrrrrrrrrrrrrbbbbbbbbbbbbb.bbyyyyyyyyyyyybbbbbbbbbbbbbbb
            bssssssssssssssssssssssssssssb.bdd.........................b.bdd.........................b.bdd.........................b
            boo.............mmmm.........b.b...........................b.b...........................b.b...........................b
            bpp..........mmmm............b.b...........................b.b...........................b.b...........................b
            b............................b.bdd.........................b.bdd.........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.bdd.........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.bdd.........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.bdd.........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.bdd.........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.bdd.........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.bdd.........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.bdd.........................b.b...........................b
            b............................b.b...........................b.bsssssssssssssssssssssssssssb.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.bdd.........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.bbbbbbbbbbbbbbbbbbbbbbbbbbbbb.bbbbbbbbbbbbbbbbbbbbbbbbbbbbb.bbbbbbbbbbbbbbbbbbbbbbbbbbbbb
            AAAAAAAASSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
            """)
    }

    /// A Picker with detail lines over the board; the second suggestion selected.
    @Test func picker80() {
        expectSnapshot(Fixtures.picker(width: 80, height: 24, selected: 1), text: """
             Board   Triage   Network   Household   Meeting   Help
                                         Caseload — Wijk Noord
            ┏━ Niet toegewezen (3) ━━┓ ┌─ Zoë 14/18 ────────────┐ ┌─ Łukasz 30/18 ─────────┐
            ┃! Fam. Yılmaz  12d      ┃ │B Fam. Bakker           │ │  Huishouden 9          │
            ┃O Dhr. de Vries  3d     ┃ │  Dhr. Jansen           │ │B Huishouden 10         │
            ┃P Mw. Nguyễn  1d        ┃ │  Zoë & Łukasz Kowalski │ │  Huishouden 11         │
            ┃           ┏━ Assign Fam. Yılmaz to ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓12         │
            ┃           ┃ Filter: type to narrow                               ┃13         │
            ┃           ┃ Zoë Bakker      14/18                                ┃14         │
            ┃           ┃   knows the family from 2024 · speaks Turkish        ┃15         │
            ┃           ┃ Daan de Wit     16/18                                ┃16         │
            ┃           ┃   has room: 16/18                                    ┃17         │
            ┃           ┃ Łukasz Nowak    30/18                                ┃18         │
            ┃           ┃   overloaded                                         ┃19         │
            ┃           ┃ Sanne Jansen     2/12 (new)                          ┃20         │
            ┃           ┃ Enter assign · Esc cancel                            ┃21         │
            ┃           ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛22         │
            ┃                        ┃ │                        │ │  Huishouden 23         │
            ┃                        ┃ │                        │ │  Huishouden 24         │
            ┃                        ┃ │                        │ │B Huishouden 25         │
            ┃                        ┃ │                        │ │  Huishouden 26         │
            ┃                        ┃ │                        │ │↓ 4 more                │
            ┗━━━━━━━━━━━━━━━━━━━━━━━━┛ └────────────────────────┘ └────────────────────────┘
             Fatima  teamleider · wijkteam.db · Board                                ● live
            """, roles: """
            *******.tttttttt.ttttttttt.ttttttttttt.ttttttttt.tttttt
            .............................TTTTTTTTTTTTTTTTTTTTT
            bbuuuuuuuuuuuuuuuuuuuuubbb.bbgggggggggggbbbbbbbbbbbbb.bbrrrrrrrrrrrrrrbbbbbbbbbb
            bssssssssssssssssssssssssb.bdd......................b.b........................b
            boo.............mmmm.....b.b........................b.bdd......................b
            bpp..........mmmm........b.b........................b.b........................b
            b...........bbTTTTTTTTTTTTTTTTTTTTTTTbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb...........b
            b...........b.mmmmmmmmmmmmmmmmmmmmmm...............................b...........b
            b...........b......................................................b...........b
            b...........bmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm........b...........b
            b...........bssssssssssssssssssssssssssssssssssssssssssssssssssssssb...........b
            b...........bmmmmmmmmmmmmmmmmmm....................................b...........b
            b...........brrrrrrrrrrrrrrrrrrrrrr................................b...........b
            b...........bmmmmmmmmmmmmm.........................................b...........b
            b...........b......................................................b...........b
            b...........b.mmmmmmmmmmmmmmmmmmmmmmmmm............................b...........b
            b...........bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb...........b
            b........................b.b........................b.b........................b
            b........................b.b........................b.b........................b
            b........................b.b........................b.bdd......................b
            b........................b.b........................b.bssssssssssssssssssssssssb
            b........................b.b........................b.bmmmmmmmm................b
            bbbbbbbbbbbbbbbbbbbbbbbbbb.bbbbbbbbbbbbbbbbbbbbbbbbbb.bbbbbbbbbbbbbbbbbbbbbbbbbb
            AAAAAAAASSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
            """)
    }

    /// The Picker filtered by "an": the box keeps its size while typing.
    @Test func picker120() {
        expectSnapshot(Fixtures.picker(width: 120, height: 40, selected: 0, filter: "an"), text: """
             Board   Triage   Network   Household   Meeting   Help
                                                             Caseload — Wijk Noord
            ┏━ Niet toegewezen (3) ━━━━━━┓ ┌─ Zoë 14/18 ───────────────┐ ┌─ Łukasz 30/18 ────────────┐ ┌─ Daan 16/18 ──────────────┐
            ┃! Fam. Yılmaz  12d          ┃ │B Fam. Bakker              │ │B Huishouden 1             │ │B Dhr. Visser              │
            ┃O Dhr. de Vries  3d         ┃ │  Dhr. Jansen              │ │  Huishouden 2             │ │                           │
            ┃P Mw. Nguyễn  1d            ┃ │  Zoë & Łukasz Kowalski    │ │  Huishouden 3             │ │                           │
            ┃                            ┃ │B Mw. Öztürk               │ │B Huishouden 4             │ │                           │
            ┃                            ┃ │  Fam. 山田 (Yamada)       │ │  Huishouden 5             │ │                           │
            ┃                            ┃ │  Dhr. Smit                │ │  Huishouden 6             │ │                           │
            ┃                            ┃ │                           │ │B Huishouden 7             │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 8             │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 9             │ │                           │
            ┃                            ┃ │                           │ │B Huishouden 10            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 11            │ │                           │
            ┃                            ┃ │┏━ Assign Fam. Yılmaz to ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓ │ │                           │
            ┃                            ┃ │┃ Filter: an                                           ┃ │ │                           │
            ┃                            ┃ │┃ Daan de Wit     16/18                                ┃ │ │                           │
            ┃                            ┃ │┃   has room: 16/18                                    ┃ │ │                           │
            ┃                            ┃ │┃ Sanne Jansen     2/12 (new)                          ┃ │ │                           │
            ┃                            ┃ │┃                                                      ┃ │ │                           │
            ┃                            ┃ │┃                                                      ┃ │ │                           │
            ┃                            ┃ │┃                                                      ┃ │ │                           │
            ┃                            ┃ │┃                                                      ┃ │ │                           │
            ┃                            ┃ │┃ Enter assign · Esc cancel                            ┃ │ │                           │
            ┃                            ┃ │┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛ │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 23            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 24            │ │                           │
            ┃                            ┃ │                           │ │B Huishouden 25            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 26            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 27            │ │                           │
            ┃                            ┃ │                           │ │B Huishouden 28            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 29            │ │                           │
            ┃                            ┃ │                           │ │  Huishouden 30            │ │                           │
            ┃                            ┃ │                           │ │                           │ │                           │
            ┃                            ┃ │                           │ │                           │ │                           │
            ┃                            ┃ │                           │ │                           │ │                           │
            ┃                            ┃ │                           │ │                           │ │                           │
            ┃                            ┃ │                           │ │                           │ │                           │
            ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛ └───────────────────────────┘ └───────────────────────────┘ └───────────────────────────┘
             Fatima  teamleider · wijkteam.db · Board                                                                        ● live
            """, roles: """
            *******.tttttttt.ttttttttt.ttttttttttt.ttttttttt.tttttt
            .................................................TTTTTTTTTTTTTTTTTTTTT
            bbuuuuuuuuuuuuuuuuuuuuubbbbbbb.bbgggggggggggbbbbbbbbbbbbbbbb.bbrrrrrrrrrrrrrrbbbbbbbbbbbbb.bbyyyyyyyyyyyybbbbbbbbbbbbbbb
            bssssssssssssssssssssssssssssb.bdd.........................b.bdd.........................b.bdd.........................b
            boo.............mmmm.........b.b...........................b.b...........................b.b...........................b
            bpp..........mmmm............b.b...........................b.b...........................b.b...........................b
            b............................b.bdd.........................b.bdd.........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.bdd.........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.bdd.........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.bbbTTTTTTTTTTTTTTTTTTTTTTTbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.b.b...........................b
            b............................b.bb.mmmmmmmmii...........................................b.b.b...........................b
            b............................b.bbssssssssssssssssssssssssssssssssssssssssssssssssssssssb.b.b...........................b
            b............................b.bbmmmmmmmmmmmmmmmmmm....................................b.b.b...........................b
            b............................b.bb......................................................b.b.b...........................b
            b............................b.bb......................................................b.b.b...........................b
            b............................b.bb......................................................b.b.b...........................b
            b............................b.bb......................................................b.b.b...........................b
            b............................b.bb......................................................b.b.b...........................b
            b............................b.bb.mmmmmmmmmmmmmmmmmmmmmmmmm............................b.b.b...........................b
            b............................b.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.bdd.........................b.b...........................b
            b............................b.b...........................b.bsssssssssssssssssssssssssssb.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.bdd.........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            b............................b.b...........................b.b...........................b.b...........................b
            bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.bbbbbbbbbbbbbbbbbbbbbbbbbbbbb.bbbbbbbbbbbbbbbbbbbbbbbbbbbbb.bbbbbbbbbbbbbbbbbbbbbbbbbbbbb
            AAAAAAAASSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
            """)
    }

    /// Help: a focused Panel, a TextInput filter, a HelpTable with column headings and sections.
    @Test func help80() {
        expectSnapshot(Fixtures.help(width: 80, height: 24), text: """
            ┏━ Help — Board ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
            ┃ as                                                                           ┃
            ┃                                                                              ┃
            ┃ Keys        Command           What it does                                   ┃
            ┃                                                                              ┃
            ┃ General                                                                      ┃
            ┃ ?           help              Show all keys and the glossary                 ┃
            ┃ : / Space   palette           Run a command by name                          ┃
            ┃ q / Ctrl-C  quit              Back; quit on the board                        ┃
            ┃                                                                              ┃
            ┃ Navigation                                                                   ┃
            ┃ h / ←       left              Previous column                                ┃
            ┃ l / →       right             Next column                                    ┃
            ┃                                                                              ┃
            ┃ Cases                                                                        ┃
            ┃ a           assign            Assign the case to a regisseur (suggestions r… ┃
            ┃ o           flag outreaching  Flag an outreaching follow-up with a due date  ┃
            ┃ u           undo              Undo the last change                           ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
             ? help  q back                                                        Wijkteam
            """, roles: """
            bbTTTTTTTTTTTTTTbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
            b.iiiiiiiiiiiiiiiiiiii.........................................................b
            b..............................................................................b
            b.hhhh........hhhhhhh...........hhhhhhhhhhhh...................................b
            b..............................................................................b
            b.hhhhhhh......................................................................b
            b.k............................................................................b
            b.kkkkkkkkk....................................................................b
            b.kkkkkkkkkk...................................................................b
            b..............................................................................b
            b.hhhhhhhhhh...................................................................b
            b.kkkkk........................................................................b
            b.kkkkk........................................................................b
            b..............................................................................b
            b.hhhhh........................................................................b
            b.k............................................................................b
            b.k............................................................................b
            b.k............................................................................b
            b..............................................................................b
            b..............................................................................b
            b..............................................................................b
            b..............................................................................b
            bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
            SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSAAAAAAAAA
            """)
    }

    /// Help at 120×40: long help texts are no longer truncated.
    @Test func help120() {
        expectSnapshot(Fixtures.help(width: 120, height: 40), text: """
            ┏━ Help — Board ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
            ┃ as                                                                                                                   ┃
            ┃                                                                                                                      ┃
            ┃ Keys        Command           What it does                                                                           ┃
            ┃                                                                                                                      ┃
            ┃ General                                                                                                              ┃
            ┃ ?           help              Show all keys and the glossary                                                         ┃
            ┃ : / Space   palette           Run a command by name                                                                  ┃
            ┃ q / Ctrl-C  quit              Back; quit on the board                                                                ┃
            ┃                                                                                                                      ┃
            ┃ Navigation                                                                                                           ┃
            ┃ h / ←       left              Previous column                                                                        ┃
            ┃ l / →       right             Next column                                                                            ┃
            ┃                                                                                                                      ┃
            ┃ Cases                                                                                                                ┃
            ┃ a           assign            Assign the case to a regisseur (suggestions ranked, with reasons)                      ┃
            ┃ o           flag outreaching  Flag an outreaching follow-up with a due date                                          ┃
            ┃ u           undo              Undo the last change                                                                   ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┃                                                                                                                      ┃
            ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
             ? help  q back                                                                                                Wijkteam
            """, roles: """
            bbTTTTTTTTTTTTTTbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
            b.iiiiiiiiiiiiiiiiiiii.................................................................................................b
            b......................................................................................................................b
            b.hhhh........hhhhhhh...........hhhhhhhhhhhh...........................................................................b
            b......................................................................................................................b
            b.hhhhhhh..............................................................................................................b
            b.k....................................................................................................................b
            b.kkkkkkkkk............................................................................................................b
            b.kkkkkkkkkk...........................................................................................................b
            b......................................................................................................................b
            b.hhhhhhhhhh...........................................................................................................b
            b.kkkkk................................................................................................................b
            b.kkkkk................................................................................................................b
            b......................................................................................................................b
            b.hhhhh................................................................................................................b
            b.k....................................................................................................................b
            b.k....................................................................................................................b
            b.k....................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            b......................................................................................................................b
            bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
            SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSAAAAAAAAA
            """)
    }

    /// TooSmallMessage centred with the current size below it.
    @Test func tooSmall80() {
        expectSnapshot(SnapshotTests.tooSmall(width: 80, height: 24), text: """











                                    terminal too small (need 100×30)
                                               now 80×24
            """, roles: """











            ........................WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW
            ...................................mmmmmmmmm
            """)
    }

    /// TooSmallMessage at 120×40.
    @Test func tooSmall120() {
        expectSnapshot(SnapshotTests.tooSmall(width: 120, height: 40), text: """



















                                                        terminal too small (need 140×46)
                                                                   now 120×40
            """, roles: """



















            ............................................WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW
            .......................................................mmmmmmmmmm
            """)
    }
}
