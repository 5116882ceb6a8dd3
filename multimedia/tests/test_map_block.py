"""The map block is a card that needs no other site (issue 19): the place, its coordinates read from the addresses,
and a link to the full map; the interactive map is only a <template> until the reader asks for it."""

from multimedia.blocks import MapEmbedBlock, map_place

EMBED = "https://www.openstreetmap.org/export/embed.html?bbox=105.70%2C21.55%2C105.80%2C21.62&layer=mapnik"


def test_map_place_reads_the_link_then_the_embed_address():
    assert map_place(EMBED, "https://www.openstreetmap.org/#map=14/21.585/105.75") == (21.585, 105.75, 14)
    assert map_place(EMBED) == (21.585, 105.75, 14)  # the centre of the bbox
    assert map_place(EMBED + "&marker=21.6%2C105.8") == (21.6, 105.8, 15)
    assert map_place("https://www.google.com/maps/embed?pb=!1m18") is None


def test_map_block_renders_the_card_and_keeps_the_iframe_for_later():
    block = MapEmbedBlock()
    value = block.to_python({"title": "Bản đồ xã Tân Cương", "url": EMBED, "link": ""})
    html = block.render(value)
    assert "Bản đồ xã Tân Cương" in html and "21.5850" in html and "105.7500" in html
    assert 'href="https://www.openstreetmap.org/?mlat=21.585&amp;mlon=105.75#map=14/21.585/105.75"' in html
    before_template = html.split("<template")[0]
    assert "<iframe" not in before_template and "<template data-map-frame><iframe" in html


def test_map_block_without_coordinates_links_to_its_own_full_map():
    block = MapEmbedBlock()
    value = block.to_python(
        {"title": "Bản đồ", "url": "https://www.google.com/maps/embed?pb=1", "link": "https://maps.google.com/?q=x"}
    )
    html = block.render(value)
    assert 'href="https://maps.google.com/?q=x"' in html and "mm-map__coordinates" not in html
