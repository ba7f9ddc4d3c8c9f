import { Text, View } from '@tarojs/components';
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
