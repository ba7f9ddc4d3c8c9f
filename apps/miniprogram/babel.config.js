// babel-preset-taro: React + TypeScript, as the webpack5 runner expects.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
