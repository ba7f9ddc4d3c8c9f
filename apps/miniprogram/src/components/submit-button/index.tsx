import { Button } from '@tarojs/components';

interface SubmitButtonProps {
  /** The write is in flight: the button is dimmed, disabled and says `busyText`. */
  busy: boolean;
  /** 保存 */
  text: string;
  /** 正在保存… */
  busyText: string;
  onClick: () => void;
  className?: string;
}

/** A form's main button, which says that it is working and cannot be tapped twice meanwhile. */
export function SubmitButton({ busy, text, busyText, onClick, className }: SubmitButtonProps) {
  return (
    <Button
      className={`btn btn--primary${busy ? ' btn--disabled' : ''}${className ? ` ${className}` : ''}`}
      disabled={busy || undefined}
      onClick={onClick}
    >
      {busy ? busyText : text}
    </Button>
  );
}
