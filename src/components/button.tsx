import type { ButtonHTMLAttributes } from 'react';
import './button.css';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  /** Required: every control has an accessible name, even when its text is short or an icon. */
  'aria-label': string;
};

/** A compact, keyboard-focusable toolbar button that fits both themes. */
export function Button({ className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={className ? `ui-button ${className}` : 'ui-button'} {...props} />;
}
