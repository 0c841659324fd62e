import type { JSX } from 'preact';

type ButtonProps = Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'class' | 'className' | 'type'> & {
  /** primary (the default), secondary, or danger for what deletes or replaces. */
  variant?: 'primary' | 'secondary' | 'danger';
  /** The compact size used inside rows and cards. */
  small?: boolean;
  /** Classes beside the button's own (layout, `no-print`). */
  class?: string;
  type?: 'button' | 'submit' | 'reset';
};

/**
 * Every button of Сверка's pages and sidebar that looks like one (base.css's `.button`): `type="button"` unless
 * told otherwise, so that no button inside a form submits it by accident.
 */
export function Button({ variant = 'primary', small = false, class: extra, type = 'button', ...rest }: ButtonProps) {
  let classes = 'button';
  if (small) classes += ' button--small';
  if (variant !== 'primary') classes += ` button--${variant}`;
  if (extra) classes += ` ${extra}`;
  return <button {...rest} type={type} class={classes} />;
}
