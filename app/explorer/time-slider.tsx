'use client';
// The time window: two month sliders (from, to) over the months the statements cover, and a play button that
// steps the window's end through the months, so the debate grows on screen. The window lives in the URL (from, to).
import { useEffect, useMemo, useState } from 'react';
import type { ExplorerGraph } from './sigma-graph';
import { statedMonths } from './time-window';
import styles from './time-slider.module.css';

const STEP_MS = 900;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const label = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

interface Props {
  graph: ExplorerGraph;
  from: string | null;
  to: string | null;
  /** A new window; `replace` while playing, so each step is not a history entry. */
  onChange(window: { from: string | null; to: string | null }, replace?: boolean): void;
}

export function TimeSlider({ graph, from, to, onChange }: Props) {
  const months = useMemo(() => statedMonths(graph), [graph]);
  const [playing, setPlaying] = useState(false);
  const last = months.length - 1;
  // A month outside the data still clamps to its ends.
  const indexOf = (month: string | null, fallback: number) => {
    if (!month) return fallback;
    const i = months.findIndex((m) => m >= month);
    return i < 0 ? last : month < months[0] ? 0 : i;
  };
  const fromIndex = indexOf(from, 0);
  const toIndex = Math.max(fromIndex, indexOf(to, last));

  useEffect(() => {
    if (!playing) return;
    if (toIndex >= last) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => onChange({ from: months[fromIndex], to: months[toIndex + 1] }, true), STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, fromIndex, toIndex, last, months, onChange]);

  if (months.length === 0) return null;
  const set = (f: number, t: number) => onChange({ from: f > 0 ? months[f] : null, to: t < last ? months[t] : null });
  const play = () => {
    if (playing) return setPlaying(false);
    // From the window's start, one month at a time.
    onChange({ from: months[fromIndex], to: months[fromIndex] });
    setPlaying(true);
  };
  const whole = fromIndex === 0 && toIndex === last;

  return (
    <fieldset className={styles.time} data-testid="time-window">
      <legend>When it was said</legend>
      <p className={styles.range} aria-live={playing ? 'off' : 'polite'}>
        {whole ? 'All dates' : `${label(months[fromIndex])} – ${label(months[toIndex])}`}
      </p>
      <label className={styles.slider}>
        <span>From</span>
        <input
          type="range" min={0} max={last} value={fromIndex} data-testid="time-from"
          aria-valuetext={label(months[fromIndex])}
          onChange={(e) => set(Math.min(Number(e.target.value), toIndex), toIndex)}
        />
      </label>
      <label className={styles.slider}>
        <span>To</span>
        <input
          type="range" min={0} max={last} value={toIndex} data-testid="time-to"
          aria-valuetext={label(months[toIndex])}
          onChange={(e) => set(fromIndex, Math.max(Number(e.target.value), fromIndex))}
        />
      </label>
      <div className={styles.buttons}>
        <button type="button" onClick={play} aria-pressed={playing} data-testid="time-play">
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Play by month'}
        </button>
        <button type="button" onClick={() => { setPlaying(false); onChange({ from: null, to: null }); }} disabled={whole && !playing}>
          All dates
        </button>
      </div>
    </fieldset>
  );
}
