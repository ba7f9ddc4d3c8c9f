import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import './index.scss';

const isWeapp = process.env.TARO_ENV === 'weapp';

interface CodeEntryProps {
  /** The big button in WeChat, e.g. 扫码投放. */
  scanText: string;
  /** The button beside the typed code, e.g. 投放. */
  submitText: string;
  placeholder: string;
  onCode: (text: string) => void;
  busy?: boolean;
  /** Start with the typing field open in WeChat too (codes that are often read out). */
  typing?: boolean;
}

/**
 * Reads a code: WeChat's camera scanner, or a field to type or paste it (always in the browser,
 * where there is no scanner; in WeChat behind 「手动输入」 for a label that will not scan).
 */
export function CodeEntry({ scanText, submitText, placeholder, onCode, busy, typing }: CodeEntryProps) {
  const [text, setText] = useState('');
  const [showField, setShowField] = useState(!isWeapp || Boolean(typing));

  const scan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      if (res.result) onCode(res.result);
    } catch {
      // Closing the scanner is not an error.
    }
  };

  const submit = () => {
    const value = text.trim();
    if (!value) {
      void Taro.showToast({ title: '请先输入或粘贴编码', icon: 'none' });
      return;
    }
    setText('');
    onCode(value);
  };

  return (
    <View className="code-entry">
      {isWeapp ? (
        <Button
          className={`btn btn--primary code-entry__scan${busy ? ' btn--disabled' : ''}`}
          onClick={() => void scan()}
        >
          {scanText}
        </Button>
      ) : null}
      {showField ? (
        <View className="code-entry__row">
          <Input
            className="code-entry__input"
            value={text}
            placeholder={placeholder}
            confirmType="done"
            maxlength={512}
            onInput={(event) => setText(event.detail.value)}
            onConfirm={submit}
          />
          <Button
            className={`btn btn--primary code-entry__submit${busy ? ' btn--disabled' : ''}`}
            disabled={busy || undefined}
            onClick={submit}
          >
            {submitText}
          </Button>
        </View>
      ) : (
        <Text className="code-entry__manual" onClick={() => setShowField(true)}>
          扫不出来？手动输入编码
        </Text>
      )}
    </View>
  );
}
