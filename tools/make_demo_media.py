"""Generate the demo's recorded media from the texts in multimedia/demo_media/scripts.py.

    .venv/bin/python tools/make_demo_media.py

Needs Debian's espeak-ng (Vietnamese voice `vi`), ffmpeg/ffprobe and the DejaVu fonts (fonts-dejavu-core), none of
which `make run` needs: the results are committed in multimedia/demo_media/files/, with manifest.json (the
durations and sizes measured with ffprobe). Rerun it after changing a text and commit what changed.

Every sentence is synthesised on its own and measured (its WAV's frame count), then the sentences are joined with
fixed pauses, so the WebVTT cues (Vietnamese, and English with the same timings) follow the speech exactly. A video's
picture is a slideshow of still frames drawn with Pillow (a heading per slide, shown while its sentences play),
encoded as H.264 (yuv420p, +faststart) with AAC sound; its poster is the first frame as JPEG. Podcast episodes and
the story's narration are mono MP3s. Same texts, same tool versions: the same files (ffmpeg runs bit-exact and
single-threaded, without metadata).
"""

import json
import shutil
import subprocess
import sys
import tempfile
import textwrap
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from multimedia.demo_media import FILES, MANIFEST  # noqa: E402
from multimedia.demo_media.scripts import EPISODES, STORY_NARRATION, VIDEOS, video_sentences  # noqa: E402

VOICE = ["-v", "vi", "-s", "150", "-p", "45"]  # Northern Vietnamese, a little slower than espeak's default
LEAD_IN = 0.4  # seconds of silence before the first sentence
PAUSE = 0.45  # between sentences
SLIDE_PAUSE = 0.8  # between a video's slides, and at the end
SIZE = (640, 360)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BITEXACT = ["-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact"]


def run(*command):
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def probe_duration(path):
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return round(float(out.strip()), 3)


class Narration:
    """Sentences synthesised one by one and joined into one WAV, remembering when each is spoken."""

    def __init__(self, workdir):
        self.workdir = workdir
        self.frames = bytearray()
        self.params = None
        self.cues = []  # (start, end, index)

    @property
    def rate(self):
        return self.params.framerate if self.params else 22050

    @property
    def position(self):
        return len(self.frames) / (2 * self.rate)

    def silence(self, seconds):
        self.frames += bytes(2 * int(round(seconds * self.rate)))

    def say(self, text):
        wav = self.workdir / f"s{len(self.cues):03d}.wav"
        run("espeak-ng", *VOICE, "-w", str(wav), text)
        with wave.open(str(wav)) as source:
            if self.params is None:
                self.params = source.getparams()
            assert (source.getnchannels(), source.getsampwidth()) == (1, 2), "espeak-ng writes 16-bit mono"
            data = source.readframes(source.getnframes())
        start = self.position
        self.frames += data
        self.cues.append((start, self.position, len(self.cues)))

    def write(self, path):
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(self.rate)
            out.writeframes(bytes(self.frames))
        return path


def timestamp(seconds):
    milliseconds = int(round(seconds * 1000))
    return f"{milliseconds // 3600000:02d}:{milliseconds // 60000 % 60:02d}:{milliseconds // 1000 % 60:02d}.{milliseconds % 1000:03d}"


def webvtt(cues, texts):
    lines = ["WEBVTT", ""]
    for start, end, index in cues:
        lines += [str(index + 1), f"{timestamp(start)} --> {timestamp(end)}", *textwrap.wrap(texts[index], 42), ""]
    return "\n".join(lines)


def draw_slide(path, heading, colour, number, total, title):
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", SIZE, colour)
    draw = ImageDraw.Draw(image)
    width, height = SIZE
    # Layered hills along the bottom, lighter towards the front.
    for layer, (lift, shade) in enumerate([(120, 0.25), (80, 0.4), (40, 0.55)]):
        base = tuple(int(int(colour[i : i + 2], 16) * (1 - shade) + 255 * shade) for i in (1, 3, 5))
        points = [(0, height)]
        for x in range(0, width + 41, 40):
            points.append((x, height - lift + ((x // 40 + layer) % 3) * 12))
        points.append((width, height))
        draw.polygon(points, fill=base)
    small = ImageFont.truetype(FONT, 16)
    big = ImageFont.truetype(FONT_BOLD, 36)
    draw.text((32, 24), "Cổng Thông tin điện tử tỉnh Thái Nguyên", font=small, fill="#ffffff")
    draw.text((width - 32, 24), f"{number}/{total}", font=small, fill="#ffffff", anchor="ra")
    y = 96
    for line in textwrap.wrap(heading, 26):
        draw.text((32, y), line, font=big, fill="#ffffff")
        y += 46
    if number > 1:
        draw.text((32, y + 8), title, font=small, fill="#e8f0e0")
    image.save(path)


def make_video(video, workdir):
    name = video["name"]
    sentences = video_sentences(video)
    narration = Narration(workdir / name)
    narration.workdir.mkdir()
    narration.silence(LEAD_IN)
    slide_ends = []
    for slide in video["slides"]:
        for index, (vietnamese, _) in enumerate(slide["sentences"]):
            if index:
                narration.silence(PAUSE)
            narration.say(vietnamese)
        narration.silence(SLIDE_PAUSE)
        slide_ends.append(narration.position)
    audio = narration.write(workdir / f"{name}.wav")

    frames = []
    title = video["title"].removeprefix("Video: ")
    for number, slide in enumerate(video["slides"], start=1):
        frame = workdir / f"{name}-{number}.png"
        draw_slide(frame, slide["heading"], slide["colour"], number, len(video["slides"]), title)
        frames.append(frame)
    listing = []
    previous = 0.0
    for frame, end in zip(frames, slide_ends, strict=True):
        listing += [f"file '{frame}'", f"duration {end - previous:.3f}"]
        previous = end
    listing.append(f"file '{frames[-1]}'")
    (workdir / f"{name}.txt").write_text("\n".join(listing) + "\n")

    mp4 = FILES / f"{name}.mp4"
    run(
        "ffmpeg", "-y", "-loglevel", "error", "-threads", "1",
        "-f", "concat", "-safe", "0", "-i", str(workdir / f"{name}.txt"), "-i", str(audio),
        "-vf", "fps=5,format=yuv420p", "-c:v", "libx264", "-preset", "slow", "-crf", "30", "-tune", "stillimage",
        "-g", "25", "-profile:v", "main", "-x264-params", "threads=1",
        "-c:a", "aac", "-b:a", "48k", "-ac", "1", "-ar", "22050",
        "-shortest", "-movflags", "+faststart", *BITEXACT, str(mp4),
    )  # fmt: skip
    poster = FILES / f"{name}.jpg"
    run("ffmpeg", "-y", "-loglevel", "error", "-i", str(frames[0]), "-q:v", "4", *BITEXACT, str(poster))
    vi = FILES / f"{name}.vi.vtt"
    en = FILES / f"{name}.en.vtt"
    vi.write_text(webvtt(narration.cues, [s[0] for s in sentences]), encoding="utf-8")
    en.write_text(webvtt(narration.cues, [s[1] for s in sentences]), encoding="utf-8")
    return {
        "file": mp4.name,
        "poster": poster.name,
        "captions_vi": vi.name,
        "captions_en": en.name,
        "duration": probe_duration(mp4),
        "width": SIZE[0],
        "height": SIZE[1],
    }


def make_audio(recording, workdir):
    name = recording["name"]
    narration = Narration(workdir / name)
    narration.workdir.mkdir()
    narration.silence(LEAD_IN)
    for index, sentence in enumerate(recording["sentences"]):
        if index:
            narration.silence(PAUSE)
        narration.say(sentence)
    narration.silence(SLIDE_PAUSE)
    audio = narration.write(workdir / f"{name}.wav")
    mp3 = FILES / f"{name}.mp3"
    run(
        "ffmpeg", "-y", "-loglevel", "error", "-i", str(audio),
        "-c:a", "libmp3lame", "-b:a", "40k", "-ac", "1", "-ar", "22050", *BITEXACT, str(mp3),
    )  # fmt: skip
    return {"file": mp3.name, "duration": probe_duration(mp3)}


def main():
    for tool in ("espeak-ng", "ffmpeg", "ffprobe"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: apt-get install espeak-ng ffmpeg")
    FILES.mkdir(parents=True, exist_ok=True)
    result = {}
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for video in VIDEOS:
            result[video["name"]] = make_video(video, workdir)
        for recording in [*EPISODES, STORY_NARRATION]:
            result[recording["name"]] = make_audio(recording, workdir)
    for entry in result.values():
        entry["size"] = sum((FILES / entry[key]).stat().st_size for key in entry if key in {"file", "poster"})
    MANIFEST.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    total = sum(path.stat().st_size for path in FILES.iterdir())
    for name, entry in result.items():
        print(f"{name}: {entry['duration']:.1f} s, {entry['size'] / 1024:.0f} KB")
    print(f"{len(list(FILES.iterdir()))} files, {total / 1024:.0f} KB in {FILES.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
