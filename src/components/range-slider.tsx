import type { ReactNode } from 'react';
import './range-slider.css';

export interface RangeSliderProps {
  /** The accessible name. */
  label: string;
  /** What a screen reader says for the current value (aria-valuetext). */
  valueText: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  /** Text at the two ends, e.g. the two maps a fade goes between. */
  ends?: [ReactNode, ReactNode];
}

/** A labelled slider with optional end labels. */
export function RangeSlider({ label, valueText, value, min, max, step, onChange, ends }: RangeSliderProps) {
  return (
    <label className="range-slider">
      {ends && (
        <span className="range-slider__ends">
          <span>{ends[0]}</span>
          <span>{ends[1]}</span>
        </span>
      )}
      <input
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-label={label}
        aria-valuetext={valueText}
        onChange={(e) => onChange(Number(e.target.value))}
      />
    </label>
  );
}
