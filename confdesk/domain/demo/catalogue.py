"""What the demo conference is made of: venue, rooms, topics, programme, the people on the
programme, organisations, names and positions.

Plain data, read by :mod:`confdesk.domain.demo.conference`. The programme follows the regional
conferences of the Smart City model projects; the organisations are real places and
institutions, every person is invented. E-mail domains end in ``.example`` and phone numbers
come from the Bundesnetzagentur's "drama numbers", which are never assigned to anyone, so
demo data cannot reach a real person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from confdesk.db.models import Category, OrganizationKind, SessionKind, SpeakerRole

EVENT_TITLE = "Regionalkonferenz Modellprojekte Smart Cities"
EVENT_SUBTITLE = "Themenmarktplatz: Daseinsvorsorge digital gestalten"
EVENT_DATE = date(2027, 3, 18)
DAY_STARTS = time(10, 0)
DAY_ENDS = time(17, 0)
VENUE_NAME = "Kulturzentrum Bad Belzig"
VENUE_ADDRESS = "Weitzgrunder Straße 4, 14806 Bad Belzig"
TIMEZONE = "Europe/Berlin"
LANGUAGE = "de"
FUNDING_PROGRAMME = "Modellprojekte Smart Cities"
HOST_ORGANIZATION = "Stadt Bad Belzig"
TRANSFER_OFFICE = "Koordinierungs- und Transferstelle Modellprojekte Smart Cities"


@dataclass(frozen=True)
class RoomSpec:
    name: str
    capacity: int
    location: str


ROOMS: tuple[RoomSpec, ...] = (
    RoomSpec("Großer Saal", 200, "Erdgeschoss"),
    RoomSpec("Kleiner Saal", 60, "Erdgeschoss"),
    RoomSpec("Seminarraum 1", 30, "1. Obergeschoss"),
    RoomSpec("Seminarraum 2", 24, "1. Obergeschoss"),
    RoomSpec("Bibliothek", 20, "1. Obergeschoss"),
    RoomSpec("Foyer", 150, "Erdgeschoss, Eingangsbereich"),
)


@dataclass(frozen=True)
class TopicSpec:
    name: str
    color: str
    # How often attendees name it as an interest, relative to the others.
    interest: int


TOPICS: tuple[TopicSpec, ...] = (
    TopicSpec("Innenstadtentwicklung", "#D9480F", 5),
    TopicSpec("Dorfgemeinschaftsorte", "#2B8A3E", 6),
    TopicSpec("Kommunale Plattformen", "#1971C2", 7),
    TopicSpec("Katastrophenschutz", "#C92A2A", 4),
    TopicSpec("Smart Sharing", "#E67700", 3),
    TopicSpec("Bildung", "#6741D9", 4),
    TopicSpec("Mobilität", "#0C8599", 6),
    TopicSpec("Open Data", "#364FC7", 4),
    TopicSpec("Energie", "#F08C00", 5),
    TopicSpec("Beteiligung", "#A61E4D", 5),
    TopicSpec("Verstetigung", "#5C940D", 3),
    TopicSpec("Gesundheit und Pflege", "#087F5B", 2),
)


@dataclass(frozen=True)
class CastMember:
    """A person on the programme; ``key`` links them to their sessions."""

    key: str
    title: str
    given_name: str
    family_name: str
    feminine: bool
    organization: str
    position: str
    category: Category


# fmt: off
CAST: tuple[CastMember, ...] = (
    # In order of importance: a demo with very few attendees keeps the first ones.
    CastMember("host", "Dr.", "Anne-Kathrin", "Größmann", True, TRANSFER_OFFICE,
               "Moderatorin", Category.MODERATOR),
    CastMember("mayor", "", "Katrin", "Strauß", True, HOST_ORGANIZATION,
               "Bürgermeisterin", Category.SPEAKER),
    CastMember("state", "Dr.", "Hans-Jürgen", "Müller-Lüdenscheidt", False,
               "Ministerium des Innern und für Kommunales des Landes Brandenburg",
               "Staatssekretär", Category.SPEAKER),
    CastMember("impulse1", "Prof. Dr.", "Charlotte", "von und zu Guttenberg", True,
               "Hochschule für nachhaltige Entwicklung Eberswalde",
               "Professorin für Regionalentwicklung", Category.SPEAKER),
    CastMember("impulse2", "Dipl.-Ing.", "Thomas", "Nußbaum", False,
               "Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR)",
               "Referatsleiter Smart Cities", Category.SPEAKER),
    CastMember("mod_a", "", "Jörg", "Weiß", False, TRANSFER_OFFICE,
               "Berater Smart Cities", Category.MODERATOR),
    CastMember("mod_b", "", "Ayşe", "Çalışkan", True, TRANSFER_OFFICE,
               "Referentin Wissenstransfer", Category.MODERATOR),
    CastMember("mod_c", "", "Pieter", "van der Berg", False, TRANSFER_OFFICE,
               "Berater Beteiligung", Category.MODERATOR),
    CastMember("mod_d", "Dr.", "Ελένη", "Οικονόμου", True,
               "Deutsches Institut für Urbanistik (Difu)",
               "Wissenschaftliche Mitarbeiterin", Category.MODERATOR),
    CastMember("centre", "", "Sabine", "Krüger", True, "Stadt Haßfurt",
               "Innenstadtmanagerin", Category.SPEAKER),
    CastMember("village", "", "Dörte", "Rößler", True, "Gemeinde Wiesenburg/Mark",
               "Projektkoordinatorin Smart Village", Category.SPEAKER),
    CastMember("platform", "", "José", "de la Cruz", False, "Stadt Zwönitz",
               "Smart-City-Koordinator", Category.SPEAKER),
    CastMember("platform2", "", "Анна", "Иванова", True, "Landeshauptstadt Potsdam",
               "Referentin Digitalisierung", Category.SPEAKER),
    CastMember("disaster", "", "Frank", "Heß", False, "Stadt Kempten (Allgäu)",
               "Sachgebietsleiter Bevölkerungsschutz", Category.SPEAKER),
    CastMember("sharing", "", "Lena", "Voß", True, "Stadt Flensburg",
               "Projektmanagerin Smart Sharing", Category.SPEAKER),
    CastMember("education", "Dr.", "Γιώργος", "Παπαδόπουλος", False, "Stadt Cottbus",
               "Leiter des Medienzentrums", Category.SPEAKER),
    CastMember("mobility", "", "Uwe", "Schulze", False, "Landkreis Potsdam-Mittelmark",
               "Mobilitätsmanager", Category.SPEAKER),
    CastMember("mobility2", "", "Thu Trang", "Nguyễn", True, "Fläming Mobil GmbH",
               "Geschäftsführerin", Category.SPEAKER),
    CastMember("opendata", "", "Łukasz", "Wiśniewski", False,
               "Open Knowledge Foundation Deutschland e. V.", "Referent Open Data",
               Category.SPEAKER),
    CastMember("guben", "", "Mandy", "Köhler", True, "Stadt Guben",
               "Amtsleiterin Digitalisierung", Category.SPEAKER),
    CastMember("energy", "Dr.-Ing.", "Björn", "Jäger", False, "Stadt Bamberg",
               "Leiter der kommunalen Wärmeplanung", Category.SPEAKER),
    CastMember("participation", "", "Franziska", "Schäfer-Öztürk", True,
               "Stadt Cottbus", "Beteiligungsbeauftragte", Category.SPEAKER),
    CastMember("continuity", "", "Karl-Heinz", "Büttner", False, "Stadt Zwönitz",
               "Bürgermeister", Category.SPEAKER),
    CastMember("guide", "", "Till", "Nöske", False, "Dorfverein Lütte e. V.",
               "Vorsitzender", Category.SPEAKER),
)
# fmt: on


@dataclass(frozen=True)
class SessionSpec:
    title: str
    kind: SessionKind
    starts: time
    ends: time
    room: str | None
    topic: str | None = None
    # Only sessions with a sign-up have a capacity of their own; the others fill the room.
    capacity: int | None = None
    # The workshop round: sessions sharing it offer one choice, an attendee signs up for
    # one of them (stored as the session's round_number).
    signup_slot: int | None = None
    # Relative popularity when attendees choose within a slot.
    popularity: int = 1
    people: tuple[tuple[str, SpeakerRole], ...] = ()
    description: str = ""

    @property
    def signup_required(self) -> bool:
        return self.signup_slot is not None

    @property
    def spans_all_rooms(self) -> bool:
        """Breaks and the get-together are for everybody: no room holds anything else."""
        return self.kind in (SessionKind.BREAK, SessionKind.GET_TOGETHER)


_S = SpeakerRole.SPEAKER
_M = SpeakerRole.MODERATOR
_K = SessionKind


# Challenges municipalities name on the registration form, and how often, relative to
# each other: people with the same challenge are worth introducing to each other.
CHALLENGES: tuple[tuple[str, int], ...] = (
    ("Leerstand im Ortskern", 5),
    ("Fachkräftemangel in der Verwaltung", 6),
    ("Breitbandausbau", 3),
    ("Verstetigung nach der Förderung", 5),
    ("Beteiligung junger Menschen", 4),
    ("Datenschutz und IT-Sicherheit", 4),
    ("Ärztliche Versorgung auf dem Land", 3),
    ("ÖPNV in der Fläche", 4),
    ("Starkregen und Hitze", 3),
    ("Interkommunale Zusammenarbeit", 4),
)
# Workshop wishes per round: how many, and the share of attendees who give any.
WISHES_PER_ROUND = 3
WISH_SHARE = 0.9


def _workshop(
    title: str,
    slot: int,
    starts: time,
    ends: time,
    room: str,
    topic: str,
    capacity: int,
    popularity: int,
    people: tuple[tuple[str, SpeakerRole], ...],
    description: str,
) -> SessionSpec:
    return SessionSpec(
        title,
        _K.WORKSHOP,
        starts,
        ends,
        room,
        topic,
        capacity,
        slot,
        popularity,
        people,
        description,
    )


_ROUND_1 = (time(11, 5), time(11, 55))
_ROUND_2 = (time(14, 20), time(15, 10))
_ROUND_3 = (time(15, 25), time(16, 15))

# fmt: off
PROGRAMME: tuple[SessionSpec, ...] = (
    SessionSpec(
        "Begrüßung", _K.TALK, time(10, 0), time(10, 15), "Großer Saal",
        people=(("mayor", _S), ("state", _S), ("host", _M)),
        description="Grußworte der Gastgeberstadt und des Landes Brandenburg.",
    ),
    SessionSpec(
        "Impuls: Daseinsvorsorge digital – was ländliche Räume von den Modellprojekten "
        "lernen können", _K.KEYNOTE, time(10, 15), time(10, 35), "Großer Saal",
        people=(("impulse1", _S),),
    ),
    SessionSpec(
        "Impuls: Drei Staffeln Modellprojekte Smart Cities – Zwischenbilanz und Ausblick",
        _K.KEYNOTE, time(10, 35), time(10, 55), "Großer Saal",
        people=(("impulse2", _S),),
    ),
    _workshop(
        "Innenstadt digital: Leerstand, Frequenz und lokaler Handel", 1, *_ROUND_1,
        "Kleiner Saal", "Innenstadtentwicklung", 40, 3,
        (("centre", _S), ("mod_a", _M)),
        "Wie Frequenzmessung und ein lokaler Online-Marktplatz Innenstädte beleben.",
    ),
    _workshop(
        "Dorfgemeinschaftsorte: Das digitale Dorfgemeinschaftshaus", 1, *_ROUND_1,
        "Seminarraum 1", "Dorfgemeinschaftsorte", 25, 3,
        (("village", _S), ("mod_b", _M)),
        "Buchbare Räume, Dorfladen mit Selbstbedienung und ein Treffpunkt für alle.",
    ),
    _workshop(
        "Kommunale Plattformen: Nachnutzen statt selbst bauen", 1, *_ROUND_1,
        "Seminarraum 2", "Kommunale Plattformen", 20, 5,
        (("platform", _S), ("platform2", _S), ("mod_c", _M)),
        "Open-Source-Lösungen anderer Kommunen übernehmen und gemeinsam weiterentwickeln.",
    ),
    _workshop(
        "Katastrophenschutz: Sensoren und Warnung bei Starkregen", 1, *_ROUND_1,
        "Bibliothek", "Katastrophenschutz", 15, 2,
        (("disaster", _S), ("mod_d", _M)),
        "Pegel- und Bodenfeuchtesensoren, Lagebild und Warnung der Bevölkerung.",
    ),
    SessionSpec(
        "Mittagspause", _K.BREAK, time(11, 55), time(12, 40), "Foyer",
        description="Regionaler Mittagsimbiss, auch vegetarisch und vegan.",
    ),
    SessionSpec(
        "Markt der Möglichkeiten", _K.MARKETPLACE, time(12, 40), time(13, 20), "Foyer",
        people=(("mod_a", _M),),
        description="Modellprojekte, Unternehmen und Initiativen stellen an Ständen aus.",
    ),
    SessionSpec(
        "Speed-Dating: Drei Fragen in drei Minuten", _K.SPEED_DATING, time(13, 25),
        time(14, 10), "Großer Saal",
        people=(("host", _M),),
        description="Drei Fragen, drei Minuten, dann weiter zur nächsten Person: Kommunen "
        "mit ähnlichen Herausforderungen finden zueinander.",
    ),
    _workshop(
        "Smart Sharing: Lastenräder, Werkzeug und Räume teilen", 2, *_ROUND_2,
        "Kleiner Saal", "Smart Sharing", 40, 2,
        (("sharing", _S), ("mod_a", _M)),
        "Gemeinsam nutzen statt einzeln besitzen: Buchungssystem, Schließtechnik, Betrieb.",
    ),
    _workshop(
        "Bildung: Digitale Lernorte in Schule und Bibliothek", 2, *_ROUND_2,
        "Seminarraum 1", "Bildung", 25, 2,
        (("education", _S), ("mod_b", _M)),
        "Makerspace, Medienzentrum und Bibliothek als Lernorte für alle Generationen.",
    ),
    _workshop(
        "Mobilität auf dem Land: Rufbus, Mitfahrbank und Mobilitätsplattform", 2, *_ROUND_2,
        "Seminarraum 2", "Mobilität", 20, 4,
        (("mobility", _S), ("mobility2", _S), ("mod_c", _M)),
        "Wie ein Landkreis Rufbus, Mitfahrbank und Bahn in einer App zusammenführt.",
    ),
    SessionSpec(
        "Exkursion: Smart Village Lütte – digitaler Dorfladen und Mitfahrbank",
        _K.EXCURSION, time(14, 15), time(15, 15), None, "Dorfgemeinschaftsorte",
        capacity=16, signup_slot=2, popularity=3, people=(("guide", _S),),
        description="Treffpunkt 14:15 Uhr am Haupteingang; Kleinbus, Rückkehr 15:15 Uhr.",
    ),
    SessionSpec(
        "Kaffeepause", _K.BREAK, time(15, 10), time(15, 25), "Foyer",
    ),
    _workshop(
        "Open Data: Vom Datensatz zum Dashboard", 3, *_ROUND_3,
        "Kleiner Saal", "Open Data", 40, 2,
        (("opendata", _S), ("guben", _S), ("mod_a", _M)),
        "Offene Daten veröffentlichen, nutzen und verständlich darstellen.",
    ),
    _workshop(
        "Energie: Kommunale Wärmeplanung mit Daten", 3, *_ROUND_3,
        "Seminarraum 1", "Energie", 25, 3,
        (("energy", _S), ("mod_b", _M)),
        "Welche Daten die Wärmeplanung braucht und wie man sie bekommt.",
    ),
    _workshop(
        "Beteiligung: Online und vor Ort mitreden", 3, *_ROUND_3,
        "Seminarraum 2", "Beteiligung", 20, 3,
        (("participation", _S), ("mod_c", _M)),
        "Beteiligungsplattform, Stadtteilspaziergang und Jugendforum kombinieren.",
    ),
    _workshop(
        "Verstetigung: Wie es nach der Förderung weitergeht", 3, *_ROUND_3,
        "Bibliothek", "Verstetigung", 15, 2,
        (("continuity", _S), ("mod_d", _M)),
        "Betrieb, Personal und Finanzierung nach dem Ende der Förderphase.",
    ),
    SessionSpec(
        "Podiumsdiskussion: Smart City ohne Förderung – wer macht weiter?", _K.PANEL,
        time(16, 20), time(16, 45), "Großer Saal", "Verstetigung",
        people=(("state", _S), ("impulse1", _S), ("guben", _S), ("continuity", _S),
                ("host", _M)),
    ),
    SessionSpec(
        "Ausklang", _K.GET_TOGETHER, time(16, 45), time(17, 0), "Foyer",
        description="Gespräche bei Getränken und Brandenburger Spezialitäten.",
    ),
)
# fmt: on


@dataclass(frozen=True)
class OrganizationSpec:
    name: str
    kind: OrganizationKind
    federal_state: str
    domain: str
    cohort: str = ""  # a funded model project's "Staffel"; empty: not funded
    # How likely an attendee comes from here, relative to the others.
    weight: int = 2


_MU = OrganizationKind.MUNICIPALITY
_DI = OrganizationKind.DISTRICT
_SA = OrganizationKind.STATE_AGENCY
_BU = OrganizationKind.BUSINESS
_RE = OrganizationKind.RESEARCH
_CS = OrganizationKind.CIVIL_SOCIETY
_PR = OrganizationKind.PRESS
_OT = OrganizationKind.OTHER
_BB = "Brandenburg"
_BY = "Bayern"

# fmt: off
ORGANIZATIONS: tuple[OrganizationSpec, ...] = (
    OrganizationSpec("Stadt Bad Belzig", _MU, _BB, "bad-belzig.example", "Staffel 2", 8),
    OrganizationSpec("Gemeinde Wiesenburg/Mark", _MU, _BB, "wiesenburg.example", "Staffel 2", 5),
    OrganizationSpec("Stadt Guben", _MU, _BB, "guben.example", weight=4),
    OrganizationSpec("Stadt Cottbus", _MU, _BB, "cottbus.example", "Staffel 1", 5),
    OrganizationSpec("Landeshauptstadt Potsdam", _MU, _BB, "potsdam.example", "Staffel 3", 6),
    OrganizationSpec("Stadt Bamberg", _MU, _BY, "bamberg.example", "Staffel 1", 3),
    OrganizationSpec("Stadt Flensburg", _MU, "Schleswig-Holstein", "flensburg.example",
                     "Staffel 3", 3),
    OrganizationSpec("Stadt Kempten (Allgäu)", _MU, _BY, "kempten.example", "Staffel 3", 3),
    OrganizationSpec("Stadt Zwönitz", _MU, "Sachsen", "zwoenitz.example", "Staffel 1", 3),
    OrganizationSpec("Stadt Haßfurt", _MU, _BY, "hassfurt.example", "Staffel 2", 3),
    OrganizationSpec("Stadt Ulm", _MU, "Baden-Württemberg", "ulm.example", "Staffel 1"),
    OrganizationSpec("Stadt Solingen", _MU, "Nordrhein-Westfalen", "solingen.example",
                     "Staffel 1"),
    OrganizationSpec("Stadt Gera", _MU, "Thüringen", "gera.example", "Staffel 1"),
    OrganizationSpec("Stadt Grevesmühlen", _MU, "Mecklenburg-Vorpommern",
                     "grevesmuehlen.example", "Staffel 1"),
    OrganizationSpec("Stadt Wolfsburg", _MU, "Niedersachsen", "wolfsburg.example", "Staffel 1"),
    OrganizationSpec("Stadt Jena", _MU, "Thüringen", "jena.example", "Staffel 2"),
    OrganizationSpec("Gemeinde Süderbrarup", _MU, "Schleswig-Holstein", "suederbrarup.example",
                     "Staffel 2", 1),
    OrganizationSpec("Stadt Treuenbrietzen", _MU, _BB, "treuenbrietzen.example", weight=4),
    OrganizationSpec("Stadt Beelitz", _MU, _BB, "beelitz.example", weight=4),
    OrganizationSpec("Stadt Brandenburg an der Havel", _MU, _BB, "stadt-brandenburg.example",
                     weight=4),
    OrganizationSpec("Stadt Eberswalde", _MU, _BB, "eberswalde.example", weight=3),
    OrganizationSpec("Stadt Luckenwalde", _MU, _BB, "luckenwalde.example", weight=3),
    OrganizationSpec("Stadt Jüterbog", _MU, _BB, "jueterbog.example", weight=3),
    OrganizationSpec("Gemeinde Kleinmachnow", _MU, _BB, "kleinmachnow.example", weight=3),
    OrganizationSpec("Stadt Lübbenau/Spreewald", _MU, _BB, "luebbenau.example", weight=3),
    OrganizationSpec("Stadt Schwedt/Oder", _MU, _BB, "schwedt.example", weight=3),
    OrganizationSpec("Fontanestadt Neuruppin", _MU, _BB, "neuruppin.example", weight=3),
    OrganizationSpec("Amt Brück", _MU, _BB, "amt-brueck.example", weight=3),
    OrganizationSpec("Gemeinde Groß Kreutz (Havel)", _MU, _BB, "gross-kreutz.example", weight=2),
    OrganizationSpec("Stadt Süßen", _MU, "Baden-Württemberg", "suessen.example", weight=1),
    OrganizationSpec("Stadt Görlitz", _MU, "Sachsen", "goerlitz.example", weight=1),
    OrganizationSpec("Landkreis Potsdam-Mittelmark", _DI, _BB, "potsdam-mittelmark.example",
                     weight=5),
    OrganizationSpec("Landkreis Teltow-Fläming", _DI, _BB, "teltow-flaeming.example", weight=3),
    OrganizationSpec("Landkreis Spree-Neiße", _DI, _BB, "lkspn.example", weight=2),
    OrganizationSpec("Landkreis Elbe-Elster", _DI, _BB, "lkee.example", weight=2),
    OrganizationSpec("Landkreis Havelland", _DI, _BB, "havelland.example", weight=2),
    OrganizationSpec("Landkreis Haßberge", _DI, _BY, "hassberge.example", "Staffel 2", 1),
    OrganizationSpec("Kreis Schleswig-Flensburg", _DI, "Schleswig-Holstein",
                     "schleswig-flensburg.example", weight=1),
    OrganizationSpec("Ministerium des Innern und für Kommunales des Landes Brandenburg", _SA,
                     _BB, "mik.brandenburg.example", weight=3),
    OrganizationSpec("Staatskanzlei des Landes Brandenburg", _SA, _BB,
                     "stk.brandenburg.example", weight=2),
    OrganizationSpec("Ministerium für Infrastruktur und Landesplanung des Landes Brandenburg",
                     _SA, _BB, "mil.brandenburg.example", weight=2),
    OrganizationSpec("Landesamt für Bauen und Verkehr", _SA, _BB, "lbv.brandenburg.example",
                     weight=1),
    OrganizationSpec("Wirtschaftsförderung Land Brandenburg GmbH", _SA, _BB, "wfbb.example"),
    OrganizationSpec("Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR)", _SA,
                     "Nordrhein-Westfalen", "bbsr.example"),
    OrganizationSpec("Landtag Brandenburg", _SA, _BB, "landtag.brandenburg.example", weight=1),
    OrganizationSpec(TRANSFER_OFFICE, _OT, "Berlin", "kts-smartcities.example"),
    OrganizationSpec("Fläming Mobil GmbH", _BU, _BB, "flaeming-mobil.example", weight=1),
    OrganizationSpec("Stadtwerke Bad Belzig GmbH", _BU, _BB, "swbb.example"),
    OrganizationSpec("Märkische Glasfaser AG", _BU, _BB, "maerkische-glasfaser.example"),
    OrganizationSpec("Datenwerk Ost GmbH", _BU, "Sachsen", "datenwerk-ost.example"),
    OrganizationSpec("Lausitz IT-Systemhaus GmbH & Co. KG", _BU, _BB, "lausitz-it.example"),
    OrganizationSpec("Havelsensor UG (haftungsbeschränkt)", _BU, _BB, "havelsensor.example",
                     weight=1),
    OrganizationSpec("Büro für Stadtplanung Schröder & Partner", _BU, "Berlin",
                     "schroeder-partner.example", weight=1),
    OrganizationSpec("Coworking Fläming eG", _BU, _BB, "coworking-flaeming.example", weight=1),
    OrganizationSpec("Hochschule für nachhaltige Entwicklung Eberswalde", _RE, _BB,
                     "hnee.example"),
    OrganizationSpec("Technische Hochschule Brandenburg", _RE, _BB, "th-brandenburg.example"),
    OrganizationSpec("Brandenburgische Technische Universität Cottbus-Senftenberg", _RE, _BB,
                     "b-tu.example"),
    OrganizationSpec("Fachhochschule Potsdam", _RE, _BB, "fh-potsdam.example"),
    OrganizationSpec("Leibniz-Institut für Raumbezogene Sozialforschung (IRS)", _RE, _BB,
                     "leibniz-irs.example", weight=1),
    OrganizationSpec("Fraunhofer-Institut für Experimentelles Software Engineering IESE", _RE,
                     "Rheinland-Pfalz", "iese.example", weight=1),
    OrganizationSpec("Deutsches Institut für Urbanistik (Difu)", _RE, "Berlin", "difu.example",
                     weight=1),
    OrganizationSpec("Dorfverein Lütte e. V.", _CS, _BB, "luette.example", weight=1),
    OrganizationSpec("Open Knowledge Foundation Deutschland e. V.", _CS, "Berlin",
                     "okfn.example", weight=1),
    OrganizationSpec("Lokale Aktionsgruppe Fläming-Havel e. V.", _CS, _BB,
                     "lag-flaeming-havel.example"),
    OrganizationSpec("Bürgerstiftung Hoher Fläming", _CS, _BB, "buergerstiftung-flaeming.example",
                     weight=1),
    OrganizationSpec("Landfrauenverband Brandenburg e. V.", _CS, _BB, "landfrauen-bb.example",
                     weight=1),
    OrganizationSpec("Netzwerk Zukunftsorte e. V.", _CS, _BB, "zukunftsorte.example", weight=1),
    OrganizationSpec("Märkische Allgemeine Zeitung", _PR, _BB, "maz.example"),
    OrganizationSpec("Rundfunk Berlin-Brandenburg (rbb)", _PR, "Berlin", "rbb.example"),
    OrganizationSpec("Lausitzer Rundschau", _PR, _BB, "lr.example"),
    OrganizationSpec("Kommune21", _PR, "Baden-Württemberg", "kommune21.example"),
    OrganizationSpec("Behörden Spiegel", _PR, "Berlin", "behoerdenspiegel.example"),
)
# fmt: on

ORGANIZATIONS_BY_NAME = {organization.name: organization for organization in ORGANIZATIONS}

# Mail providers for the few who register with a private address.
PRIVATE_MAIL_DOMAINS = ("posteo.example", "web.example", "gmx.example", "mailbox.example")


@dataclass(frozen=True)
class Position:
    feminine: str
    masculine: str
    weight: int = 2
    # Academic titles that go with the position; None: the general mix.
    titles: tuple[tuple[str, int], ...] | None = None


def _p(
    feminine: str,
    masculine: str,
    weight: int = 2,
    titles: tuple[tuple[str, int], ...] | None = None,
) -> Position:
    return Position(feminine, masculine, weight, titles)


# fmt: off
POSITIONS: dict[OrganizationKind, tuple[Position, ...]] = {
    _MU: (
        _p("Bürgermeisterin", "Bürgermeister", 1),
        _p("Amtsleiterin Digitalisierung", "Amtsleiter Digitalisierung", 3),
        _p("Smart-City-Koordinatorin", "Smart-City-Koordinator", 4),
        _p("Referentin für Stadtentwicklung", "Referent für Stadtentwicklung", 3),
        _p("Sachbearbeiterin IT", "Sachbearbeiter IT"),
        _p("Digitallotsin", "Digitallotse"),
        _p("Wirtschaftsförderin", "Wirtschaftsförderer"),
        _p("Klimaschutzmanagerin", "Klimaschutzmanager"),
        _p("Citymanagerin", "Citymanager"),
        _p("Fachbereichsleiterin Bauen und Planen", "Fachbereichsleiter Bauen und Planen"),
        _p("Ortsvorsteherin", "Ortsvorsteher", 1),
        _p("Kämmerin", "Kämmerer", 1),
        _p("Projektleiterin Modellprojekt Smart City", "Projektleiter Modellprojekt Smart City"),
    ),
    _DI: (
        _p("Landrätin", "Landrat", 1),
        _p("Dezernentin für Kreisentwicklung", "Dezernent für Kreisentwicklung", 1),
        _p("Referentin Regionalentwicklung", "Referent Regionalentwicklung", 3),
        _p("Leiterin Katastrophenschutz", "Leiter Katastrophenschutz"),
        _p("Breitbandkoordinatorin", "Breitbandkoordinator"),
        _p("Mobilitätsmanagerin", "Mobilitätsmanager"),
        _p("Digitalisierungsbeauftragte", "Digitalisierungsbeauftragter"),
    ),
    _SA: (
        _p("Staatssekretärin", "Staatssekretär", 1),
        _p("Referatsleiterin", "Referatsleiter"),
        _p("Referentin", "Referent", 4),
        _p("Sachbearbeiterin", "Sachbearbeiter"),
        _p("Projektmanagerin", "Projektmanager"),
    ),
    _BU: (
        _p("Geschäftsführerin", "Geschäftsführer"),
        _p("Vertriebsleiterin Öffentlicher Sektor", "Vertriebsleiter Öffentlicher Sektor"),
        _p("Softwareentwicklerin", "Softwareentwickler"),
        _p("Beraterin", "Berater", 3),
        _p("Projektmanagerin", "Projektmanager", 3),
        _p("Key-Account-Managerin Kommunen", "Key-Account-Manager Kommunen", 1),
    ),
    _RE: (
        _p("Professorin", "Professor", 1, (("Prof. Dr.", 8), ("Prof.", 1), ("Prof. Dr.-Ing.", 1))),
        _p("Wissenschaftliche Mitarbeiterin", "Wissenschaftlicher Mitarbeiter", 4,
           (("", 6), ("Dr.", 4))),
        _p("Doktorandin", "Doktorand", 2, (("", 1),)),
        _p("Projektleiterin", "Projektleiter", 2, (("", 1), ("Dr.", 1))),
    ),
    _CS: (
        _p("Vorsitzende", "Vorsitzender"),
        _p("Ehrenamtliche Koordinatorin", "Ehrenamtlicher Koordinator"),
        _p("Geschäftsführerin", "Geschäftsführer", 1),
        _p("Quartiersmanagerin", "Quartiersmanager"),
    ),
    _PR: (
        _p("Redakteurin", "Redakteur", 4),
        _p("Fotografin", "Fotograf", 2),
        _p("Volontärin", "Volontär", 1),
        _p("Freie Journalistin", "Freier Journalist", 2),
    ),
    _OT: (
        _p("Beraterin", "Berater"),
        _p("Referentin Wissenstransfer", "Referent Wissenstransfer"),
    ),
}
# fmt: on

STAFF_POSITIONS = ("Organisationsteam", "Anmeldung", "Veranstaltungstechnik", "Catering")
# Guests come as who they are, some without an organisation.
GUEST_ROLES: tuple[tuple[Position, str | None], ...] = (
    (_p("Mitglied des Landtags", "Mitglied des Landtags"), "Landtag Brandenburg"),
    (_p("Ortsvorsteherin", "Ortsvorsteher"), HOST_ORGANIZATION),
    (_p("Ortsvorsteherin", "Ortsvorsteher"), "Gemeinde Wiesenburg/Mark"),
    (_p("Kreistagsabgeordnete", "Kreistagsabgeordneter"), "Landkreis Potsdam-Mittelmark"),
    (_p("Bürgerin", "Bürger", 1), None),
)

# Which kinds of organisation each category comes from, with weights.
# fmt: off
KIND_MIX: dict[Category, tuple[tuple[OrganizationKind, int], ...]] = {
    Category.PARTICIPANT: (
        (_MU, 60), (_DI, 12), (_SA, 8), (_BU, 9), (_RE, 6), (_CS, 5),
    ),
    Category.EXHIBITOR: ((_BU, 6), (_MU, 3), (_RE, 1), (_CS, 1)),
    Category.PRESS: ((_PR, 1),),
}
# fmt: on

# fmt: off
ACADEMIC_TITLES: tuple[tuple[str, int], ...] = (
    ("", 880), ("Dr.", 70), ("Dipl.-Ing.", 25), ("Dr.-Ing.", 8), ("Prof. Dr.", 2),
)
# fmt: on

DIETARY_NEEDS: tuple[tuple[str, int], ...] = (
    ("", 700),
    ("vegetarisch", 160),
    ("vegan", 50),
    ("glutenfrei", 20),
    ("laktosefrei", 20),
    ("vegetarisch, laktosefrei", 10),
    ("keine Nüsse (Allergie)", 8),
    ("halal", 8),
    ("kein Schweinefleisch", 12),
)

ACCESSIBILITY_NEEDS: tuple[tuple[str, int], ...] = (
    ("", 970),
    ("Rollstuhl – bitte ebenerdiger Zugang", 8),
    ("Höranlage (Induktionsschleife) benötigt", 5),
    ("Gebärdensprachdolmetschung", 3),
    ("Kommt mit Begleitperson", 5),
    ("Behindertenparkplatz", 5),
    ("Unterlagen in Großdruck", 4),
)

NOTES: dict[Category, tuple[tuple[str, int], ...]] = {
    Category.PARTICIPANT: (
        ("", 900),
        ("Kommt erst zur Mittagspause.", 15),
        ("Muss um 15 Uhr gehen.", 20),
        ("Teilnahmebescheinigung für die Fortbildung benötigt.", 25),
        ("Rechnung bitte an die Kämmerei.", 10),
        ("Reist mit dem RE7 an, Ankunft 9:41 Uhr.", 15),
        ("Sucht Kontakt zu Kommunen mit Rufbus-Erfahrung.", 10),
    ),
    Category.EXHIBITOR: (
        ("", 4),
        ("Stand braucht Strom.", 3),
        ("Bringt ein Roll-up und einen Stehtisch mit.", 2),
        ("Aufbau ab 9 Uhr.", 2),
    ),
    Category.PRESS: (("", 2), ("Fotografiert nur am Vormittag.", 1), ("Bittet um O-Ton.", 1)),
    Category.GUEST: (("", 5), ("Grußwort nicht vorgesehen.", 1)),
}

CANCELLATION_NOTES = (
    "Abgesagt: Terminkollision.",
    "Abgesagt: krank.",
    "Abgesagt: Dienstreise nicht genehmigt.",
    "Abgesagt, Kollegin kommt stattdessen.",
)

# Bundesnetzagentur "drama numbers": never assigned to a subscriber.
DRAMA_NUMBER_PREFIXES = ("030 23125-", "069 90009-", "040 66969-", "0221 4710-", "089 99998-")


@dataclass(frozen=True)
class NameCulture:
    weight: int
    feminine_given: tuple[str, ...]
    masculine_given: tuple[str, ...]
    feminine_family: tuple[str, ...]
    # Empty where family names have one form for everyone.
    masculine_family: tuple[str, ...] = ()


# fmt: off
_GERMAN_FAMILY = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
    "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange",
    "Werner", "Krause", "Lehmann", "Schulze", "Köhler", "Herrmann", "König", "Walter",
    "Fuchs", "Peters", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel",
    "Friedrich", "Keller", "Günther", "Berger", "Winkler", "Lorenz", "Baumann", "Franke",
    "Albrecht", "Böhm", "Winter", "Krämer", "Vogt", "Jäger", "Sommer", "Groß", "Seidel",
    "Heinrich", "Brandt", "Schreiber", "Dietrich", "Kühn", "Pohl", "Engel", "Horn", "Voigt",
    "Sauer", "Arnold", "Pfeiffer", "Größmann", "Strauß", "Heß", "Nußbaum", "Preuß", "Voß",
    "Spieß", "Büttner", "Lüdtke", "Wünsche", "Jähnichen", "Nöske", "Kießling", "Rößler",
    "Döring", "Große", "Fläming", "Thümmler", "Märtens", "Müller-Lüdenscheidt",
    "Schulze-Bäumer", "Krause-Nöldner", "Wagner-Sommer", "Petersen-Jürgensen",
    "Schmidt-Rüdiger", "von und zu Guttenberg", "von der Heide", "von Bülow", "von Arnim",
    "van den Boom", "zu Putlitz", "von Rochow",
)
# fmt: on

# fmt: off
NAME_CULTURES: tuple[NameCulture, ...] = (
    NameCulture(
        880,
        (
            "Anna", "Maria", "Sabine", "Katrin", "Susanne", "Petra", "Claudia", "Julia", "Lena",
            "Sophie", "Jana", "Franziska", "Christiane", "Birgit", "Ulrike", "Annett", "Doreen",
            "Mandy", "Jördis", "Dörte", "Bärbel", "Käthe", "Mareike", "Grete", "Anne-Kathrin",
            "Marie-Luise", "Hannelore", "Heike", "Kerstin", "Silke", "Stefanie", "Nadine",
            "Laura", "Johanna", "Charlotte", "Friederike", "Ines", "Antje", "Ilka", "Maike",
        ),
        (
            "Thomas", "Michael", "Andreas", "Stefan", "Frank", "Jörg", "Jürgen", "Uwe",
            "Matthias", "Sebastian", "Tobias", "Jan", "Lukas", "Felix", "Maximilian", "Björn",
            "Sören", "Günther", "Hans-Jürgen", "Karl-Heinz", "Ralf", "Torsten", "René", "Maik",
            "Sven", "Christoph", "Florian", "Benedikt", "Moritz", "Till", "Ole", "Jens",
            "Holger", "Dirk", "Henning", "Malte", "Fynn", "Götz", "Jürgen-Peter", "Wolfgang",
        ),
        _GERMAN_FAMILY,
    ),
    NameCulture(
        30,
        ("Ayşe", "Zeynep", "Gülay", "Elif", "Şeyma"),
        ("Mehmet", "Emre", "Murat", "Çağlar", "Ömer"),
        ("Çalışkan", "Yılmaz", "Öztürk", "Şahin", "Doğan", "Kılıç", "Aydın"),
    ),
    NameCulture(
        15,
        ("Thu Trang", "Thị Hương", "Ngọc Anh"),
        ("Văn Minh", "Đức Anh", "Quang Huy"),
        ("Nguyễn", "Trần", "Phạm", "Lê", "Hoàng"),
    ),
    NameCulture(
        15,
        ("Анна", "Ольга", "Наталья", "Олена"),
        ("Дмитрий", "Сергей", "Андрій", "Алексей"),
        ("Иванова", "Смирнова", "Кузнецова", "Шевченко"),
        ("Иванов", "Смирнов", "Кузнецов", "Шевченко"),
    ),
    NameCulture(
        10,
        ("Ελένη", "Μαρία", "Κατερίνα"),
        ("Γιώργος", "Νίκος", "Δημήτρης"),
        ("Παπαδοπούλου", "Οικονόμου", "Γεωργίου"),
        ("Παπαδόπουλος", "Οικονόμου", "Γεωργίου"),
    ),
    NameCulture(
        20,
        ("Małgorzata", "Agnieszka", "Katarzyna", "Żaneta"),
        ("Łukasz", "Paweł", "Grzegorz", "Wojciech"),
        ("Wiśniewska", "Kowalczyk", "Wróbel", "Nowak", "Dąbrowska"),
        ("Wiśniewski", "Kowalczyk", "Wróbel", "Nowak", "Dąbrowski"),
    ),
    NameCulture(
        8,
        ("Kateřina", "Lucie", "Tereza"),
        ("Jiří", "Tomáš", "Ondřej"),
        ("Dvořáková", "Nováková", "Procházková"),
        ("Dvořák", "Novák", "Procházka"),
    ),
    NameCulture(
        6,
        ("Mette", "Søs", "Ingrid"),
        ("Søren", "Jørgen", "Anders"),
        ("Jørgensen", "Østergaard", "Nielsen", "Hansen"),
    ),
    NameCulture(
        10,
        ("Inês", "Lucía", "Chloé", "Giulia", "Sanne"),
        ("José", "François", "Luca", "Joaquín", "Pieter"),
        ("de la Cruz", "da Silva", "Lefèvre", "Dubois", "Esposito", "van der Berg", "de Vries"),
    ),
    NameCulture(
        10,
        ("Rania", "Layla", "Nour"),
        ("Mohammed", "Karim", "Youssef"),
        ("Al-Hassan", "El-Sayed", "Haddad", "Khalil"),
    ),
)
# fmt: on
