"""Place names on the slide maps: the map's labels at the picture's scale, none touching."""

from __future__ import annotations

from PIL import Image, ImageDraw

from core.export.canvas import Frame
from core.export.slide_labels import draw_labels, shown_labels, web_zoom
from core.paths import GEO_DATA_DIR

K = 2


def _frame(points: list[tuple[float, float]], width: int = 1920, height: int = 1080) -> Frame:
    return Frame.fitting(points, (0, 0, width * K, height * K))


def test_a_korea_wide_frame_names_the_countries_and_capitals_on_it():
    frame = _frame([(37.0, 124.5), (42.0, 131.0)])
    image = Image.new("RGB", (1920 * K, 1080 * K), "#dbe9f4")
    names = draw_labels(ImageDraw.Draw(image, "RGBA"), frame, K, 36, GEO_DATA_DIR)
    assert {"North Korea", "Pyongyang"} <= set(names)
    assert "Tokyo" not in names  # off the frame
    assert "Guam" not in names


def test_names_thin_out_as_the_frame_widens():
    close = _frame([(38.5, 127.0), (40.5, 129.0)])
    wide = _frame([(10.0, 110.0), (55.0, 160.0)])
    assert web_zoom(close, K) > web_zoom(wide, K)
    close_names = {label.name for label in shown_labels(close, K, GEO_DATA_DIR)}
    wide_names = {label.name for label in shown_labels(wide, K, GEO_DATA_DIR)}
    assert "Hamhung" in close_names  # a city shown only close in
    assert "Hamhung" not in wide_names
    assert {"Japan", "Pacific Ocean"} <= wide_names


def test_no_two_names_touch_and_every_name_stays_in_the_frame():
    frame = Frame.fitting([(30.0, 120.0), (45.0, 145.0)], (100, 50, 900 * K, 500 * K))
    image = Image.new("RGB", (1200 * K, 700 * K), "#dbe9f4")
    draw = ImageDraw.Draw(image, "RGBA")
    boxes = []
    original = draw.text

    def recording(xy, text, **kwargs):
        boxes.append(draw.textbbox(xy, text, font=kwargs["font"], anchor=kwargs["anchor"]))
        original(xy, text, **kwargs)

    draw.text = recording  # type: ignore[method-assign]
    names = draw_labels(draw, frame, K, 36, GEO_DATA_DIR)
    assert len(names) == len(boxes) >= 3
    for index, (left, top, right, bottom) in enumerate(boxes):
        assert frame.left <= left
        assert right <= frame.left + frame.width
        assert frame.top <= top
        assert bottom <= frame.top + frame.height
        for other in boxes[index + 1 :]:
            assert not (
                left < other[2] and other[0] < right and top < other[3] and other[1] < bottom
            )
