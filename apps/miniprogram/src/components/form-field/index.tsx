import { Input, Text, Textarea, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './index.scss';

interface FormFieldProps {
  label: string;
  /** What to type, or a rule (1–64 个字). */
  hint?: string;
  /** The API's or the form's complaint about this field. */
  error?: string | null;
}

/** A labelled field: the label above, the control, then the hint or the error in red. */
export function FormField({ label, hint, error, children }: PropsWithChildren<FormFieldProps>) {
  return (
    <View className={`form-field${error ? ' form-field--error' : ''}`}>
      <Text className="form-field__label">{label}</Text>
      <View className="form-field__control">{children}</View>
      {error ? <Text className="form-field__error">{error}</Text> : null}
      {!error && hint ? <Text className="form-field__hint">{hint}</Text> : null}
    </View>
  );
}

interface FieldInputProps {
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
  maxlength?: number;
  /** `number` brings up the digit keyboard; `multiline` is a taller text box. */
  kind?: 'text' | 'number' | 'multiline';
  /** Extra class, e.g. for a test to find it or a taller box. */
  className?: string;
}

/** The text box inside a FormField, in the field's grey box; `onChange` gets every edit. */
export function FieldInput({ value, placeholder, onChange, maxlength, kind = 'text', className }: FieldInputProps) {
  const classes = `form-field__input${kind === 'multiline' ? ' form-field__input--multiline' : ''}${className ? ` ${className}` : ''}`;
  if (kind === 'multiline') {
    return (
      <Textarea
        className={classes}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(event) => onChange(event.detail.value)}
      />
    );
  }
  return (
    <Input
      className={classes}
      type={kind === 'number' ? 'number' : 'text'}
      value={value}
      maxlength={maxlength}
      placeholder={placeholder}
      onInput={(event) => onChange(event.detail.value)}
    />
  );
}
