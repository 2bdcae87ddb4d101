"""Hearing the answer (optional): record each step, transcribe it offline, measure delivery.

Needs the `voice` extra (faster-whisper, sounddevice, soundfile) and a speech model set up
with `systemcraft voice setup`. Importing this package, `errors`, `support`, `status`,
`recordings`, `model` and `transcriber` loads no voice package; `recorder` needs the extra
(import it after `support.require_extra()`). Every failure is a `VoiceUnavailable` whose
text is the sentence to show.

The API the practice service and the screens call:

- `status.check_voice(data_dir) -> VoiceStatus`: `.can_record`, `.can_transcribe`,
  `.problems` (sentences such as "No microphone found"). Hashes the model: run in a worker.
- `recorder.Recorder(MicrophoneSource() | FileSource(path), recordings.session_folder(id))`:
  `open()` (raises NoMicrophone, PortAudioMissing), then with the step clock
  `start_step(i)`, `pause()`, `resume()`, `restart_step()`, and `finish_step() ->
  Future[StepAudio]` (the step's files and seconds, once written); `level() -> Level`
  (rms, peak, dbfs) to poll for a meter; `close()`. None of these waits on the disk.
  `recorder.step_audio(folder, i) -> StepAudio` finds a step's audio without a recorder
  (a resumed draft, the review).
- `transcriber.Transcriber(data_dir)`: `load()` and `transcribe(step_audio.parts) ->
  practice.delivery.Transcript`; blocking, thread-safe, for a thread worker.
- `practice.delivery.analyse(transcript) -> Delivery` (pure): pace against the band, talk
  and silence, pauses with the words before, fillers, I/we, numbers.
- `practice.checks.run_checks(texts, timings, principles, source=SPOKEN)`: the answer
  checks on what was said (`Transcript.text` per section).
- `recordings.delete_session_audio(id, data_dir)`, `session_bytes(id, data_dir)`: for
  history; standard library only, so they work without the extra.
"""
